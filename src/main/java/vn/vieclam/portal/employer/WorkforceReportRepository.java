package vn.vieclam.portal.employer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkforceReportRepository extends JpaRepository<WorkforceReport, Long> {

	@Query("""
			select count(r) > 0 from WorkforceReport r
			where r.employerId = :employerId and r.periodType = :type and r.periodYear = :year
			  and r.periodNumber = :number and (:exceptId is null or r.id <> :exceptId)""")
	boolean existsForPeriod(Long employerId, WorkforcePeriodType type, int year, int number, Long exceptId);

}
