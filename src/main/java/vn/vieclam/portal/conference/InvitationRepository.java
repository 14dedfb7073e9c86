package vn.vieclam.portal.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	List<Invitation> findByConferenceIdOrderById(Long conferenceId);

	Optional<Invitation> findByConferenceIdAndOrganisationId(Long conferenceId, Long organisationId);

	@Query("select coalesce(sum(i.quota), 0) from Invitation i where i.conferenceId = ?1")
	int seatsInvited(Long conferenceId);

}
