package vn.vieclam.portal.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.CappedPage;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Versions;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * The candidate module's public service. A job centre's staff read and change only their own centre's
 * candidates (another centre's id is not found); duplicates across centres are flagged, never merged;
 * an employer or another organisation sees a profile only with consent to sharing, and every such view is
 * audited.
 */
@Service
@Transactional
public class Candidates {

	private final CandidateRepository candidates;

	private final CandidateQueries queries;

	private final ReferenceData reference;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	Candidates(CandidateRepository candidates, CandidateQueries queries, ReferenceData reference, JdbcTemplate jdbc,
			AuditLog audit) {
		this.candidates = candidates;
		this.queries = queries;
		this.reference = reference;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The result of registering: the new candidate and the possible duplicates flagged for review. */
	public record Registration(Long id, List<DuplicateWarning> duplicates) {
	}

	public Registration register(PortalUser staff, CandidateDetails details, Consent consent, String source) {
		Long centre = centreOf(staff);
		check(details);
		Candidate candidate = this.candidates.save(new Candidate(centre, details, consent, source));
		return new Registration(candidate.getId(), flagDuplicates(candidate.getId(), centre, details));
	}

	/** A candidate of {@link #registerAll} that the registry refused: its place in the list, and why. */
	static final class Refused extends RuntimeException {

		private final int index;

		private final DomainException reason;

		Refused(int index, DomainException reason) {
			super(reason.getMessage(), reason);
			this.index = index;
			this.reason = reason;
		}

		int index() {
			return this.index;
		}

		DomainException reason() {
			return this.reason;
		}

	}

	/**
	 * Registers many candidates at once (an import's chunk), with the same checks and the same rows as
	 * {@link #register} for each in turn — the entity builds each row, and the duplicate flags are found as if one
	 * had been registered after the other — but in JDBC batches: ids from the table's sequence, the candidates, their
	 * occupations, then all their duplicate flags in one statement. The new ids, in the list's order. If any is
	 * refused, nothing has been written and {@link Refused} says which. {@code importBatchId} (or null) is written
	 * with each candidate, so an import's undo finds them; the communes are looked up once per list.
	 */
	List<Long> registerAll(PortalUser staff, List<CandidateDetails> details, Consent consent, String source,
			Long importBatchId) {
		Long centre = centreOf(staff);
		Map<Long, UnitRef> communes = new HashMap<>();
		List<Candidate> fresh = new ArrayList<>(details.size());
		for (int i = 0; i < details.size(); i++) {
			try {
				check(details.get(i), id -> communes.computeIfAbsent(id, this.reference::unit));
				Candidate candidate = new Candidate(centre, details.get(i), consent, source);
				candidate.setImportBatchId(importBatchId);
				fresh.add(candidate);
			}
			catch (DomainException ex) {
				throw new Refused(i, ex);
			}
		}
		if (fresh.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('candidate', 'id')) as id from generate_series(1, ?) order by id",
				Long.class, fresh.size());
		List<Object[]> rows = new ArrayList<>(fresh.size());
		List<Object[]> occupations = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			rows.add(fresh.get(i).insertValues(ids.get(i)));
			occupations.addAll(fresh.get(i).occupationValues(ids.get(i)));
		}
		this.jdbc.batchUpdate(Candidate.INSERT, rows);
		if (!occupations.isEmpty()) {
			this.jdbc.batchUpdate(Candidate.INSERT_OCCUPATION, occupations);
		}
		this.queries.flagDuplicatesOfNew(ids);
		return ids;
	}

	void update(PortalUser staff, Long id, long version, CandidateDetails details) {
		Candidate candidate = own(staff, id);
		Versions.require(candidate.getVersion(), version, Candidate.class, id);
		check(details);
		candidate.edit(details);
		flagDuplicates(id, candidate.getCentreId(), details);
	}

	@Transactional(readOnly = true)
	public CappedPage<CandidateRow> search(PortalUser staff, String q, CandidateStatus status, Long provinceId,
			PriorityGroup priority, Pageable pageable) {
		return this.queries.search(CandidateFilter.of(centreOf(staff), q, status, provinceId, priority), pageable);
	}

	/** The full record, for its own centre only. */
	@Transactional(readOnly = true)
	public CandidateView view(PortalUser staff, Long id) {
		CandidateView view = this.queries.view(id).orElseThrow(() -> new NotFoundException("candidate", id));
		if (!view.centreId().equals(centreOf(staff))) {
			throw new NotFoundException("candidate", id);
		}
		return view;
	}

	/**
	 * The profile as an employer or another organisation sees it: only with consent to sharing, and the view
	 * is recorded in the audit trail (the candidate's centre sees who looked).
	 */
	public CandidateView sharedProfile(Long id, PortalUser viewer, String purpose) {
		CandidateView view = this.queries.view(id).orElseThrow(() -> new NotFoundException("candidate", id));
		if (!view.sharesWithEmployers()) {
			throw new NotFoundException("candidate", id);
		}
		this.audit.recordView("Candidate", id, "viewed by " + viewer.getUsername() + " of organisation "
				+ viewer.organisationId() + " (" + purpose + ")");
		return view;
	}

	/** Views of this candidate's record by other organisations, newest first (for its own centre). */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> viewsByOthers(PortalUser staff, Long id) {
		view(staff, id);
		return this.jdbc.queryForList("""
				select occurred_at, actor, detail from audit_event
				where entity_type = 'Candidate' and entity_id = ? and action = 'VIEW' order by id desc limit 50""",
				id.toString());
	}

	void consentToSharing(PortalUser staff, Long id) {
		own(staff, id).consentToSharing(Consent.CURRENT_NOTICE);
	}

	void withdrawSharing(PortalUser staff, Long id) {
		own(staff, id).withdrawSharing();
	}

	void erase(PortalUser staff, Long id) {
		own(staff, id).erase();
		this.jdbc.update("delete from candidate_occupation where candidate_id = ?", id);
	}

	public void changeStatus(Long id, CandidateStatus status) {
		this.candidates.findById(id).orElseThrow(() -> new NotFoundException("candidate", id)).changeStatus(status);
	}

	/** Records a counselling, vocational advice or introduction for one of the centre's own candidates, on a day up to today. */
	public void recordCounselling(PortalUser staff, Long id, CounsellingKind kind, LocalDate on, String note) {
		Candidate candidate = own(staff, id);
		if (candidate.getErasedAt() != null) {
			throw new DomainException("candidate.erased");
		}
		if (on == null || on.isAfter(LocalDate.now(Formats.VIETNAM).plusDays(1))) {
			throw DomainException.onField("happenedOn", "counselling.date.future");
		}
		this.jdbc.update("""
				insert into counselling (candidate_id, centre_id, kind, happened_on, note, recorded_by)
				values (?, ?, ?, ?, ?, ?)""", id, candidate.getCentreId(), kind.name(), on,
				note == null || note.isBlank() ? null : note.strip(), staff.getUsername());
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> counselling(PortalUser staff, Long id) {
		view(staff, id);
		return this.queries.counselling(id);
	}

	@Transactional(readOnly = true)
	public Page<DuplicateRow> duplicates(PortalUser staff, boolean openOnly, Pageable pageable) {
		return this.queries.duplicates(centreOf(staff), openOnly, pageable);
	}

	/** Staff of either centre decide: the same person (linked) or different people (kept apart). */
	void decideDuplicate(PortalUser staff, Long flagId, boolean samePerson) {
		int updated = this.jdbc.update("""
				update candidate_duplicate d set status = ?, decided_by = ?, decided_at = now()
				where d.id = ? and d.status = 'OPEN' and exists (select 1 from candidate c
				  where c.id in (d.candidate_id, d.other_id) and c.centre_id = ?)""",
				samePerson ? "LINKED" : "KEPT_APART", staff.getUsername(), flagId, centreOf(staff));
		if (updated == 0) {
			throw new NotFoundException("duplicate", flagId);
		}
	}

	/** The job centre a staff member works for; any other role has none. */
	public Long centreOf(PortalUser user) {
		if (!user.is(Role.JOB_CENTRE)) {
			throw new NotFoundException("job centre of", user.getUsername());
		}
		return user.organisationId();
	}

	private Candidate own(PortalUser staff, Long id) {
		Candidate candidate = this.candidates.findById(id).orElseThrow(() -> new NotFoundException("candidate", id));
		if (!candidate.getCentreId().equals(centreOf(staff))) {
			throw new NotFoundException("candidate", id);
		}
		return candidate;
	}

	/** Rules across fields: an identity (CCCD or phone), a valid CCCD for this person, a commune in the province. */
	void check(CandidateDetails d) {
		check(d, this.reference::unit);
	}

	private void check(CandidateDetails d, Function<Long, UnitRef> units) {
		if (d.nationalId() == null && d.phone() == null) {
			throw DomainException.onField("phone", "candidate.identity.required");
		}
		if (d.nationalId() != null) {
			NationalId.check(d.nationalId(), d.birthDate(), d.gender()).ifPresent(key -> {
				throw DomainException.onField("nationalId", key);
			});
		}
		if (d.birthDate() != null && d.birthDate().isAfter(LocalDate.now(Formats.VIETNAM).minusYears(15))) {
			throw DomainException.onField("birthDate", "candidate.birthDate.tooYoung");
		}
		if (d.homeCommuneId() != null) {
			UnitRef commune = units.apply(d.homeCommuneId());
			if (!commune.parentId().equals(d.homeProvinceId())) {
				throw DomainException.onField("homeCommuneId", "candidate.commune.notInProvince");
			}
		}
	}

	private List<DuplicateWarning> flagDuplicates(Long id, Long centre, CandidateDetails d) {
		List<DuplicateWarning> found = this.queries.possibleDuplicates(id, centre, d.nationalId(), d.phone(),
				d.fullName(), d.birthDate());
		for (DuplicateWarning warning : found) {
			this.jdbc.update("""
					insert into candidate_duplicate (candidate_id, other_id, reason) values (?, ?, ?)
					on conflict (candidate_id, other_id, reason) do nothing""", id, warning.otherId(),
					warning.reason().name());
		}
		return found;
	}


	/** Candidates by home province, for the officials' dashboard: one aggregate statement. */
	public java.util.List<HomeProvinceCount> countByHomeProvince() {
		return this.jdbc.query("""
				select p.id, p.name, count(*) from candidate c join admin_unit p on p.id = c.home_province_id
				group by p.id, p.name order by count(*) desc, p.name""",
				(rs, n) -> new HomeProvinceCount(rs.getLong(1), rs.getString(2), rs.getLong(3)));
	}

}
