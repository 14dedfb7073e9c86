package vn.vieclam.portal.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.plan.EvidenceFiles;
import vn.vieclam.portal.plan.NoticeSource;
import vn.vieclam.portal.plan.Notices;
import vn.vieclam.portal.plan.Organisers;
import vn.vieclam.portal.plan.SourceKind;
import vn.vieclam.portal.plan.Tasks;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Versions;

/**
 * The delegation module's public service: record and change delegations, their people and documents, move their
 * status forward, and read them with their conclusion notices (kept by {@link Notices}).
 */
@Service
@Transactional
public class Delegations implements NoticeSource {

	private final DelegationRepository delegations;

	private final DelegationDocumentRepository documents;

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceData reference;

	private final Notices notices;

	private final Organisers organisers;

	Delegations(DelegationRepository delegations, DelegationDocumentRepository documents, NamedParameterJdbcTemplate jdbc,
			ReferenceData reference, @org.springframework.context.annotation.Lazy Notices notices, Organisers organisers) {
		this.delegations = delegations;
		this.documents = documents;
		this.jdbc = jdbc;
		this.reference = reference;
		this.notices = notices;
		this.organisers = organisers;
	}

	public Long create(DelegationDetails details) {
		this.reference.unit(details.destinationProvinceId());
		return this.delegations.save(new Delegation(details)).getId();
	}

	/** A delegation recorded by a user, who must be among its organisers (the administrator records any). */
	public Long create(PortalUser user, DelegationDetails details) {
		requireAmongOrganisers(user, details);
		return create(details);
	}

	/** Changes a delegation: its organisers' officials only (others get 404), who must stay among its organisers. */
	public void update(PortalUser user, Long id, long version, DelegationDetails details) {
		Delegation d = editable(user, id);
		Versions.require(d.getVersion(), version, Delegation.class, id);
		requireAmongOrganisers(user, details);
		d.apply(details);
	}

	/** Whether the user may change the delegation, its people, documents and status, and record its notices. */
	@Transactional(readOnly = true)
	public boolean mayEdit(PortalUser user, Long id) {
		return this.organisers.actsFor(user, find(id).getOrganiserIds());
	}

	/** Passes when the user may change the delegation; 404 otherwise, as for a delegation that does not exist. */
	@Transactional(readOnly = true)
	public void requireOrganiser(PortalUser user, Long id) {
		editable(user, id);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean organisedBy(PortalUser user, Long sourceId) {
		return sourceId != null && this.delegations.findById(sourceId)
			.map(d -> this.organisers.actsFor(user, d.getOrganiserIds())).orElse(false);
	}

	private Delegation editable(PortalUser user, Long id) {
		Delegation d = find(id);
		if (!this.organisers.actsFor(user, d.getOrganiserIds())) {
			throw new NotFoundException("delegation", id);
		}
		return d;
	}

	private void requireAmongOrganisers(PortalUser user, DelegationDetails details) {
		if (details.organiserIds() == null || details.organiserIds().isEmpty()) {
			throw DomainException.onField("organiserIds", "delegation.organisers.required");
		}
		details.organiserIds().forEach(this.reference::organisation);
		if (!this.organisers.actsFor(user, details.organiserIds())) {
			throw DomainException.onField("organiserIds", "delegation.organisers.mustIncludeYou");
		}
	}

	public void advance(Long id, DelegationStatus target) {
		find(id).advanceTo(target);
	}

	public Long addPerson(Long id, PersonDetails person) {
		Delegation d = find(id);
		DelegationPerson p = d.add(person);
		this.delegations.flush();
		return p.getId();
	}

	public void removePerson(Long id, Long personId) {
		find(id).remove(personId);
	}

	public Long attach(Long id, String title, EvidenceFiles.Checked file) {
		find(id);
		return this.documents.save(new DelegationDocument(id, title, file)).getId();
	}

	@Transactional(readOnly = true)
	public Optional<Long> find(Long provinceId, LocalDate startsOn) {
		return this.delegations.findFirstByDestinationProvinceIdAndStartsOn(provinceId, startsOn).map(Delegation::getId);
	}

	@Transactional(readOnly = true)
	public DelegationStatus status(Long id) {
		return find(id).getStatus();
	}

	/** The list, newest first, with members and notices counted, paged in SQL. */
	@Transactional(readOnly = true)
	public Page<DelegationRow> list(DelegationStatus status, Pageable pageable) {
		List<DelegationRow> rows = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.query("""
				select d.id, p.number as plan_number, d.wave, u.name as province_name, d.starts_on, d.ends_on, d.leader_name,
				       d.status,
				       (select count(*) from delegation_person m where m.delegation_id = d.id and m.side = 'VISITOR') as members,
				       (select count(*) from conclusion_notice n where n.source_kind = 'DELEGATION' and n.source_id = d.id) as notices,
				       count(*) over () as total
				from delegation d join admin_unit u on u.id = d.destination_province_id
				left join action_plan p on p.id = d.plan_id
				where (cast(:status as varchar) is null or d.status = :status)
				order by d.starts_on desc, d.id desc limit :limit offset :offset""",
				new MapSqlParameterSource("status", status == null ? null : status.name())
					.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset()),
				rs -> {
					rows.add(new DelegationRow(rs.getLong("id"), rs.getString("plan_number"), (Integer) rs.getObject("wave"),
							rs.getString("province_name"), rs.getDate("starts_on").toLocalDate(),
							rs.getDate("ends_on").toLocalDate(), rs.getString("leader_name"),
							DelegationStatus.valueOf(rs.getString("status")), rs.getLong("members"), rs.getLong("notices")));
					total[0] = rs.getLong("total");
				});
		return new PageImpl<>(rows, pageable, rows.isEmpty() ? 0 : total[0]);
	}

	@Transactional(readOnly = true)
	public DelegationView view(Long id) {
		List<DelegationView> found = this.jdbc.query("""
				select d.*, p.number as plan_number, p.title as plan_title, u.name as province_name, h.name as host_name
				from delegation d join admin_unit u on u.id = d.destination_province_id
				left join action_plan p on p.id = d.plan_id left join organisation h on h.id = d.host_id
				where d.id = :id""", new MapSqlParameterSource("id", id), (rs, i) -> header(rs));
		if (found.isEmpty()) {
			throw new NotFoundException("delegation", id);
		}
		DelegationView h = found.get(0);
		List<DelegationView.Person> visitors = new ArrayList<>();
		List<DelegationView.Person> hosts = new ArrayList<>();
		this.jdbc.query("""
				select m.id, m.side, m.full_name, m.job_title, o.name as org_name, m.role
				from delegation_person m left join organisation o on o.id = m.organisation_id
				where m.delegation_id = :id order by m.side, m.position, m.id""", new MapSqlParameterSource("id", id), rs -> {
			DelegationView.Person p = new DelegationView.Person(rs.getLong("id"), rs.getString("full_name"),
					rs.getString("job_title"), rs.getString("org_name"), MemberRole.valueOf(rs.getString("role")));
			(PersonSide.valueOf(rs.getString("side")) == PersonSide.VISITOR ? visitors : hosts).add(p);
		});
		List<DelegationView.Document> docs = this.jdbc.query("""
				select id, title, file_name, size_bytes, created_at from delegation_document
				where delegation_id = :id order by created_at, id""", new MapSqlParameterSource("id", id),
				(rs, i) -> new DelegationView.Document(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
						rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant()));
		List<Long> organiserIds = new ArrayList<>();
		List<String> organiserNames = new ArrayList<>();
		this.jdbc.query("""
				select o.id, o.name from delegation_organiser g join organisation o on o.id = g.organisation_id
				where g.delegation_id = :id order by o.name""", new MapSqlParameterSource("id", id), rs -> {
			organiserIds.add(rs.getLong("id"));
			organiserNames.add(rs.getString("name"));
		});
		return new DelegationView(h.id(), h.planId(), h.planNumber(), h.planTitle(), h.wave(), h.destinationProvinceId(),
				h.provinceName(), h.hostId(), h.hostName(), h.startsOn(), h.endsOn(), h.leaderName(), h.leaderTitle(),
				h.itinerary(), h.topics(), h.outcome(), h.status(), h.version(), visitors, hosts, docs,
				this.notices.ofSource(SourceKind.DELEGATION, id, LocalDate.now(Formats.VIETNAM)), organiserIds,
				organiserNames);
	}

	/** A document to download, with the delegation it belongs to checked. */
	@Transactional(readOnly = true)
	public Tasks.Download document(Long delegationId, Long documentId) {
		return this.jdbc.query("""
				select file_name, content_type, content from delegation_document where id = :doc and delegation_id = :id""",
				new MapSqlParameterSource("doc", documentId).addValue("id", delegationId),
				(rs, i) -> new Tasks.Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.stream().findFirst().orElseThrow(() -> new NotFoundException("document", documentId));
	}

	@Override
	public SourceKind kind() {
		return SourceKind.DELEGATION;
	}

	/** "Đoàn công tác đi tỉnh Lạng Sơn — 13/03/2024". */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> title(Long sourceId) {
		if (sourceId == null) {
			return Optional.empty();
		}
		return this.jdbc.query("""
				select u.name, d.starts_on from delegation d join admin_unit u on u.id = d.destination_province_id
				where d.id = :id""", new MapSqlParameterSource("id", sourceId),
				(rs, i) -> rs.getString(1) + " — " + Formats.DATE.format(rs.getDate(2).toLocalDate()))
			.stream().findFirst();
	}

	private Delegation find(Long id) {
		return this.delegations.findById(id).orElseThrow(() -> new NotFoundException("delegation", id));
	}

	private static DelegationView header(ResultSet rs) throws SQLException {
		return new DelegationView(rs.getLong("id"), (Long) rs.getObject("plan_id"), rs.getString("plan_number"),
				rs.getString("plan_title"), (Integer) rs.getObject("wave"), rs.getLong("destination_province_id"),
				rs.getString("province_name"), (Long) rs.getObject("host_id"), rs.getString("host_name"),
				rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getString("leader_name"),
				rs.getString("leader_title"), rs.getString("itinerary"), rs.getString("topics"), rs.getString("outcome"),
				DelegationStatus.valueOf(rs.getString("status")), rs.getLong("version"), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());
	}

}
