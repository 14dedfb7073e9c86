package vn.vieclam.portal.conference;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GiftRecipientRepository extends JpaRepository<GiftRecipient, Long> {

	@Query("select count(g) from GiftRecipient g where g.conferenceId = ?1 and g.unitId = ?2 and g.status <> vn.vieclam.portal.conference.GiftStatus.REJECTED")
	int countActive(Long conferenceId, Long unitId);

}
