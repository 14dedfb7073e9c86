package vn.vieclam.portal.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	Optional<ActionPlan> findFirstByNumberAndIssuedOn(String number, java.time.LocalDate issuedOn);

	List<ActionPlan> findAllByOrderByIssuedOnDescIdDesc();

}

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

	boolean existsByPlanIdAndTitle(Long planId, String title);

	Optional<PlanTask> findFirstByPlanIdAndTitle(Long planId, String title);

}

interface MediaCampaignRepository extends JpaRepository<MediaCampaign, Long> {

	boolean existsByPlanIdAndTitle(Long planId, String title);

}

interface ConclusionNoticeRepository extends JpaRepository<ConclusionNotice, Long> {

	Optional<ConclusionNotice> findFirstBySourceKindAndSourceIdAndNumber(SourceKind kind, Long sourceId, String number);

}

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

}

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

}
