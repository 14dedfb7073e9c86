package vn.vieclam.portal.jobsession;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobSessionRepository extends JpaRepository<JobSession, Long> {

}
