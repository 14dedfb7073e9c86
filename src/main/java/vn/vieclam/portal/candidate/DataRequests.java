package vn.vieclam.portal.candidate;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.SheetWriter;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * Data-subject requests (Personal Data Protection Law 91/2025/QH15, Decree 356/2025/ND-CP): recorded by the
 * candidate's own centre, due by {@link DataRequestKind#dueDate}, closed with an outcome or refused with a reason,
 * both in the audit trail. Another centre's request or candidate is not found.
 */
@Service
@Transactional
public class DataRequests {

	/** One request, as lists and the candidate page show it. */
	public record Row(Long id, Long candidateId, String candidateName, DataRequestKind kind, LocalDate receivedOn,
			LocalDate dueOn, String channel, String identityCheck, String note, String status, String outcome,
			String recordedBy, String closedBy) {

		public boolean open() {
			return "OPEN".equals(this.status);
		}

		public boolean overdue(LocalDate today) {
			return open() && this.dueOn.isBefore(today);
		}

		/** Overdue as of today (Vietnam time). */
		public boolean late() {
			return overdue(LocalDate.now(Formats.VIETNAM));
		}

	}

	private static final String SELECT = """
			select r.id, r.candidate_id, case when c.erased_at is null then c.full_name end as candidate_name, r.kind,
			  r.received_on, r.due_on, r.channel, r.identity_check, r.note, r.status, r.outcome, r.recorded_by,
			  r.closed_by
			from data_request r join candidate c on c.id = r.candidate_id
			""";

	private final Candidates candidates;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final MessageSource messages;

	DataRequests(Candidates candidates, JdbcTemplate jdbc, AuditLog audit, MessageSource messages) {
		this.candidates = candidates;
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
	}

	Long record(PortalUser staff, Long candidateId, DataRequestKind kind, LocalDate receivedOn,
			DataRequestChannel channel, String identityCheck, String note) {
		CandidateView candidate = this.candidates.view(staff, candidateId);
		if (candidate.erased()) {
			throw new DomainException("candidate.erased");
		}
		if (kind == null) {
			throw DomainException.onField("kind", "datarequest.kind.required");
		}
		if (receivedOn == null || receivedOn.isAfter(LocalDate.now(Formats.VIETNAM))) {
			throw DomainException.onField("receivedOn", "datarequest.received.invalid");
		}
		if (channel == null) {
			throw DomainException.onField("channel", "datarequest.channel.required");
		}
		if (identityCheck == null || identityCheck.isBlank()) {
			throw DomainException.onField("identityCheck", "datarequest.identity.required");
		}
		Long id = this.jdbc.queryForObject("""
				insert into data_request (candidate_id, centre_id, kind, received_on, due_on, channel, identity_check,
				  note, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, candidateId,
				candidate.centreId(), kind.name(), receivedOn, kind.dueDate(receivedOn), channel.name(),
				clip(identityCheck, 200), note == null || note.isBlank() ? null : clip(note, 1000),
				staff.getUsername());
		this.audit.record(AuditAction.CREATE, "DataRequest", id, Map.of("kind", kind.name(), "candidateId",
				candidateId, "dueOn", kind.dueDate(receivedOn).toString()), null);
		return id;
	}

	/** The centre's requests, overdue first, then by due date; paged in SQL. */
	@Transactional(readOnly = true)
	public Page<Row> list(PortalUser staff, String status, DataRequestKind kind, Pageable pageable) {
		Long centre = this.candidates.centreOf(staff);
		String where = " where r.centre_id = ? and (?::text is null or r.status = ?) and (?::text is null or r.kind = ?)";
		String statusName = status == null || status.isBlank() ? null : status;
		String kindName = kind == null ? null : kind.name();
		Object[] args = { centre, statusName, statusName, kindName, kindName };
		long total = this.jdbc.queryForObject("select count(*) from data_request r" + where, Long.class, args);
		List<Row> rows = this.jdbc.query(SELECT + where + """
				 order by (r.status = 'OPEN' and r.due_on < ?) desc, (r.status = 'OPEN') desc, r.due_on, r.id
				 limit ? offset ?""", (rs, n) -> row(rs), centre, statusName, statusName, kindName, kindName,
				LocalDate.now(Formats.VIETNAM),
				pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(rows, pageable, total);
	}

	/** Open requests due within the next {@code days} days or already overdue, for the centre's home page. */
	@Transactional(readOnly = true)
	public List<Row> dueSoon(PortalUser staff, int days) {
		return this.jdbc.query(SELECT + """
				where r.centre_id = ? and r.status = 'OPEN' and r.due_on <= ?
				order by r.due_on, r.id limit 20""", (rs, n) -> row(rs), this.candidates.centreOf(staff),
				LocalDate.now(Formats.VIETNAM).plusDays(days));
	}

	@Transactional(readOnly = true)
	public List<Row> ofCandidate(PortalUser staff, Long candidateId) {
		this.candidates.view(staff, candidateId);
		return this.jdbc.query(SELECT + " where r.candidate_id = ? order by r.id desc", (rs, n) -> row(rs),
				candidateId);
	}

	@Transactional(readOnly = true)
	public Row get(PortalUser staff, Long id) {
		List<Row> rows = this.jdbc.query(SELECT + " where r.id = ? and r.centre_id = ?", (rs, n) -> row(rs), id,
				this.candidates.centreOf(staff));
		if (rows.isEmpty()) {
			throw new NotFoundException("data request", id);
		}
		return rows.get(0);
	}

	/**
	 * Completes a request with its outcome. An erasure anonymises the candidate, a withdrawal withdraws consent to
	 * sharing (the existing actions), so closing the request is what does them.
	 */
	void complete(PortalUser staff, Long id, String outcome) {
		Row request = openRequest(staff, id);
		if (outcome == null || outcome.isBlank()) {
			throw DomainException.onField("outcome", "datarequest.outcome.required");
		}
		switch (request.kind()) {
			case ERASURE -> this.candidates.erase(staff, request.candidateId());
			case WITHDRAWAL -> this.candidates.withdrawSharing(staff, request.candidateId());
			default -> {
			}
		}
		close(staff, request, "COMPLETED", outcome);
	}

	void refuse(PortalUser staff, Long id, String reason) {
		Row request = openRequest(staff, id);
		if (reason == null || reason.isBlank()) {
			throw DomainException.onField("outcome", "datarequest.reason.required");
		}
		close(staff, request, "REFUSED", reason);
	}

	/** Everything held about the request's candidate, as .xlsx; the export is audited. */
	public void writeAccessExport(PortalUser staff, Long id, java.util.Locale locale, OutputStream out)
			throws IOException {
		Row request = get(staff, id);
		Long candidateId = request.candidateId();
		CandidateView c = this.candidates.view(staff, candidateId);
		this.audit.record(AuditAction.EXPORT, "Candidate", candidateId, null,
				"access export for data request " + id + " by " + staff.getUsername());
		SheetWriter sheet = SheetWriter.open(out, text("datarequest.export.sheet", locale));
		sheet.header(text("datarequest.export.record", locale), "");
		sheet.row(text("candidate.fullName", locale), c.fullName());
		sheet.row(text("candidate.birthDate", locale), c.birthDate());
		sheet.row(text("candidate.gender", locale), c.gender());
		sheet.row(text("candidate.nationalId", locale), c.nationalId());
		sheet.row(text("candidate.phone", locale), c.phone());
		sheet.row(text("candidate.homeProvince", locale), c.homeProvinceName());
		sheet.row(text("candidate.homeCommune", locale), c.homeCommuneName());
		sheet.row(text("candidate.homeAddress", locale), c.homeAddress());
		sheet.row(text("candidate.education", locale), c.education());
		sheet.row(text("candidate.desiredWage", locale), c.desiredWage());
		sheet.row(text("candidate.earliestStart", locale), c.earliestStart());
		sheet.row(text("candidate.notes", locale), c.notes());
		sheet.row(text("candidate.status", locale), c.status());
		sheet.row(text("datarequest.export.centre", locale), c.centreName());
		sheet.row(text("datarequest.export.registered", locale), c.createdAt());
		sheet.row("", "");
		sheet.header(text("datarequest.export.occupations", locale), "");
		for (CandidateView.OccupationLine line : c.occupations()) {
			sheet.row(line.code() + " " + line.name(locale), line.yearsExperience());
		}
		sheet.row("", "");
		sheet.header(text("datarequest.export.consent", locale), "");
		sheet.row(text("datarequest.export.consentNotice", locale), c.consentNotice());
		sheet.row(text("datarequest.export.consentProcessing", locale), c.consentProcessingAt());
		sheet.row(text("datarequest.export.consentSharing", locale), c.consentSharingAt());
		sheet.row(text("datarequest.export.consentWithdrawn", locale), c.consentWithdrawnAt());
		for (Map<String, Object> change : this.jdbc.queryForList("""
				select occurred_at, actor, changes::text as changes from audit_event
				where entity_type = 'Candidate' and entity_id = ? and action in ('CREATE', 'UPDATE')
				  and jsonb_exists_any(changes, array['consentSharingAt', 'consentWithdrawnAt', 'consentNotice'])
				order by id""", candidateId.toString())) {
			sheet.row(((Timestamp) change.get("occurred_at")).toInstant(), change.get("actor"), change.get("changes"));
		}
		sheet.row("", "");
		sheet.header(text("datarequest.export.referrals", locale), "", "", "");
		for (Map<String, Object> referral : this.jdbc.queryForList("""
				select r.referred_on, v.title, o.name as employer, r.status from referral r
				join vacancy v on v.id = r.vacancy_id join employer e on e.id = v.employer_id
				join organisation o on o.id = e.organisation_id
				where r.candidate_id = ? order by r.referred_on, r.id""", candidateId)) {
			sheet.row(((java.sql.Date) referral.get("referred_on")).toLocalDate(), referral.get("title"),
					referral.get("employer"), referral.get("status"));
		}
		sheet.row("", "");
		sheet.header(text("datarequest.export.counselling", locale), "", "");
		for (Map<String, Object> line : this.candidates.counselling(staff, candidateId)) {
			sheet.row(line.get("happened_on"), line.get("kind"), line.get("note"));
		}
		sheet.row("", "");
		sheet.header(text("datarequest.export.views", locale), "", "");
		for (Map<String, Object> view : this.candidates.viewsByOthers(staff, candidateId)) {
			sheet.row(((Timestamp) view.get("occurred_at")).toInstant(), view.get("actor"), view.get("detail"));
		}
		sheet.finish();
	}

	private Row openRequest(PortalUser staff, Long id) {
		Row request = get(staff, id);
		if (!request.open()) {
			throw new DomainException("datarequest.closed");
		}
		return request;
	}

	private void close(PortalUser staff, Row request, String status, String outcome) {
		this.jdbc.update("""
				update data_request set status = ?, outcome = ?, closed_by = ?, closed_at = now()
				where id = ? and status = 'OPEN'""", status, clip(outcome, 1000), staff.getUsername(), request.id());
		this.audit.record(AuditAction.UPDATE, "DataRequest", request.id(),
				Map.of("status", List.of("OPEN", status), "kind", request.kind().name()), clip(outcome, 400));
	}

	private String text(String key, java.util.Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String clip(String text, int max) {
		String s = text.strip();
		return s.length() <= max ? s : s.substring(0, max);
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getLong("candidate_id"), rs.getString("candidate_name"),
				DataRequestKind.valueOf(rs.getString("kind")), rs.getObject("received_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getString("channel"), rs.getString("identity_check"),
				rs.getString("note"), rs.getString("status"), rs.getString("outcome"), rs.getString("recorded_by"),
				rs.getString("closed_by"));
	}

}
