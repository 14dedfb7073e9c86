package vn.vieclam.portal.matching;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	boolean existsByCandidateIdAndVacancyId(Long candidateId, Long vacancyId);

}
