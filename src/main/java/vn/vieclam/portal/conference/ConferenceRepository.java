package vn.vieclam.portal.conference;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceRepository extends JpaRepository<Conference, Long> {
}
