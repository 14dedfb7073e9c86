package vn.vieclam.portal.candidate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

}
