package vn.vieclam.portal.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterRepository extends JpaRepository<IndicatorRegister, Long> {

	Optional<IndicatorRegister> findByYearAndSubIndexCode(int year, String subIndexCode);

}

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByRegisterIdOrderByPosition(Long registerId);

}

interface ReportRepository extends JpaRepository<IndicatorReport, Long> {

	Optional<IndicatorReport> findByRegisterIdAndOrganisationIdAndPeriod(Long registerId, Long organisationId,
			ReportingPeriod period);

}
