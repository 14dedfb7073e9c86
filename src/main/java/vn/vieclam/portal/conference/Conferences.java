package vn.vieclam.portal.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.ReferenceData;
import vn.vieclam.portal.reference.UnitLevel;
import vn.vieclam.portal.reference.UnitRef;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.Versions;

/**
 * The conference module's public service: conferences, their connection points, programme and
 * invitations. Every official may read; only users of the host or co-host organisation change anything
 * (others get 404, as if the conference did not exist for them).
 */
@Service
@Transactional
public class Conferences {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Who the annex's standard composition puts at a district hall and at a commune hall. */
	static final List<Participant> DISTRICT_PARTICIPANTS = List.of(
			new Participant("Văn phòng HĐND và UBND huyện", "Lãnh đạo, chuyên viên", 2),
			new Participant("Phòng Lao động - Thương binh và Xã hội", "Lãnh đạo, chuyên viên", 2),
			new Participant("Liên đoàn Lao động huyện", "Đại diện lãnh đạo", 1),
			new Participant("Hội Liên hiệp Phụ nữ huyện", "Đại diện lãnh đạo", 1),
			new Participant("Hội Nông dân huyện", "Đại diện lãnh đạo", 1),
			new Participant("Huyện đoàn", "Đại diện lãnh đạo", 1));

	static final List<Participant> COMMUNE_PARTICIPANTS = List.of(
			new Participant("UBND xã", "Công chức Văn hóa - Xã hội", 1),
			new Participant("Các hội, đoàn thể của xã", "Đại diện", 4));

	private final ConferenceRepository conferences;

	private final InvitationRepository invitations;

	private final ConferenceQueries queries;

	private final ReferenceData reference;

	private final MessageSource messages;

	Conferences(ConferenceRepository conferences, InvitationRepository invitations, ConferenceQueries queries,
			ReferenceData reference, MessageSource messages) {
		this.conferences = conferences;
		this.invitations = invitations;
		this.queries = queries;
		this.reference = reference;
		this.messages = messages;
	}

	/** The title of a conference, for other modules' pages (a conclusion notice names its conference). */
	@Transactional(readOnly = true)
	public String title(Long id) {
		return this.conferences.findById(id).map(Conference::getTitle).orElseThrow(() -> new NotFoundException("conference", id));
	}

	/** Whether the user may change the conference (a user of its host or co-host organisation). */
	@Transactional(readOnly = true)
	public boolean organises(PortalUser user, Long id) {
		return this.conferences.findById(id).map(c -> c.organisedBy(user.organisationId())).orElse(false);
	}

	/** Whether a conference with exactly this title exists (the demo data creates each once). */
	@Transactional(readOnly = true)
	public boolean existsTitled(String title) {
		return this.queries.existsTitled(title);
	}

	@Transactional(readOnly = true)
	Page<ConferenceRow> search(String q, ConferenceKind kind, Pageable pageable) {
		return this.queries.search(q, kind, pageable);
	}

	public Long create(PortalUser user, ConferenceDetails details) {
		requireOfficial(user);
		check(details);
		if (!user.organisationId().equals(details.hostId()) && !user.organisationId().equals(details.coHostId())) {
			throw DomainException.onField("hostId", "conference.host.mustIncludeYou");
		}
		return this.conferences.save(new Conference(details)).getId();
	}

	void update(PortalUser user, Long id, long version, ConferenceDetails details) {
		Conference conference = organised(user, id);
		Versions.require(conference.getVersion(), version, Conference.class, id);
		check(details);
		if (!user.organisationId().equals(details.hostId()) && !user.organisationId().equals(details.coHostId())) {
			throw DomainException.onField("hostId", "conference.host.mustIncludeYou");
		}
		conference.update(details);
	}

	private void check(ConferenceDetails details) {
		if (details.plannedEnd() != null && !details.plannedEnd().isAfter(details.startTime())) {
			throw DomainException.onField("plannedEnd", "conference.plannedEnd.beforeStart");
		}
		if (details.coHostId() != null && details.coHostId().equals(details.hostId())) {
			throw DomainException.onField("coHostId", "conference.coHost.sameAsHost");
		}
		this.reference.organisation(details.hostId());
		if (details.coHostId() != null) {
			this.reference.organisation(details.coHostId());
		}
		if (details.provinceId() != null) {
			UnitRef province = this.reference.unit(details.provinceId());
			if (province.level() != UnitLevel.PROVINCE || !province.validOn(details.date())) {
				throw DomainException.onField("provinceId", "conference.province.notValidOnDate");
			}
		}
		if (details.questionsCloseOn() != null && details.questionsCloseOn().isAfter(details.date())) {
			throw DomainException.onField("questionsCloseOn", "conference.questionsClose.afterDate");
		}
		if (details.nominationsDueOn() != null && details.nominationsDueOn().isAfter(details.date())) {
			throw DomainException.onField("nominationsDueOn", "conference.nominationsDue.afterDate");
		}
	}

	@Transactional(readOnly = true)
	ConferenceView view(PortalUser user, Long id) {
		requireOfficial(user);
		Conference c = find(id);
		ConferenceDetails d = c.details();
		List<AgendaItem> agenda = c.orderedAgenda();
		List<Integer> durations = agenda.stream().map(AgendaItem::getDurationMinutes).toList();
		List<AgendaTiming.Slot> slots = AgendaTiming.schedule(d.startTime(), durations);
		int available = d.plannedEnd() == null ? Integer.MAX_VALUE : (d.plannedEnd().toSecondOfDay() - d.startTime().toSecondOfDay()) / 60;
		List<TimedItem> timed = new ArrayList<>();
		for (int i = 0; i < agenda.size(); i++) {
			AgendaItem item = agenda.get(i);
			AgendaDetails a = item.details();
			AgendaTiming.Slot slot = slots.get(i);
			timed.add(new TimedItem(item.getId(), i + 1, a.type(), a.title(), a.presenter(), a.presenterOrganisation(),
					a.durationMinutes(), slot.start(), slot.end(), slot.endOffset() > available));
		}
		int total = AgendaTiming.totalMinutes(durations);
		LocalTime end = d.startTime().plusMinutes(total);
		return new ConferenceView(c.getId(), d.kind(), d.title(), d.format(), d.date(), d.startTime(), d.plannedEnd(),
				d.venue(), d.hostId(), this.queries.organisationName(d.hostId()), d.coHostId(),
				this.queries.organisationName(d.coHostId()), d.coChairs(), d.budgetSource(), d.provinceId(),
				this.queries.unitName(d.provinceId()), d.seatingCapacity(), d.acceptsQuestions(), d.questionsCloseOn(),
				d.nominationsDueOn(), c.getQaPublishedAt(), c.getVersion(),
				c.orderedPoints().stream().map(ConnectionPoint::view).toList(), timed, end, total,
				AgendaTiming.overrunMinutes(d.startTime(), d.plannedEnd(), durations),
				this.invitations.seatsInvited(id), c.organisedBy(user.organisationId()));
	}

	@Transactional(readOnly = true)
	ConferenceDetails details(PortalUser user, Long id) {
		return organised(user, id).details();
	}

	// --- connection points ---

	public Long addPoint(PortalUser user, Long id, Long unitId, PointDetails details) {
		Conference conference = organised(user, id);
		conference.addPoint(unitId, details);
		this.conferences.flush();
		return conference.orderedPoints().get(conference.orderedPoints().size() - 1).getId();
	}

	void updatePoint(PortalUser user, Long id, Long pointId, long version, PointDetails details) {
		ConnectionPoint point = organised(user, id).point(pointId);
		Versions.require(point.getVersion(), version, ConnectionPoint.class, pointId);
		point.update(details);
	}

	void recordAttendance(PortalUser user, Long id, Long pointId, Integer attended) {
		if (attended != null && attended < 0) {
			throw DomainException.onField("attended", "conference.attended.negative");
		}
		organised(user, id).point(pointId).recordAttendance(attended);
	}

	void removePoint(PortalUser user, Long id, Long pointId) {
		organised(user, id).removePoint(pointId);
	}

	@Transactional(readOnly = true)
	PointView point(PortalUser user, Long id, Long pointId) {
		return organised(user, id).point(pointId).view();
	}

	/**
	 * One connection point per administrative unit of the conference's province that was valid on the
	 * conference's day: its districts (which ended on 30 June 2025), or the communes of one district or,
	 * after the reorganisation, of the province. Units that already have a point are skipped.
	 *
	 * @return how many points were added
	 */
	public int generatePoints(PortalUser user, Long id, PointLevel level, Long parentUnitId) {
		Conference conference = organised(user, id);
		if (conference.getProvinceId() == null) {
			throw new DomainException("conference.points.noProvince");
		}
		LocalDate on = conference.getDate();
		List<UnitRef> units = switch (level) {
			case DISTRICT -> this.reference.children(conference.getProvinceId(), on).stream()
				.filter(u -> u.level() == UnitLevel.DISTRICT).toList();
			case COMMUNE -> {
				Long parent = parentUnitId == null ? conference.getProvinceId() : parentUnitId;
				UnitRef parentUnit = this.reference.unit(parent);
				if (!parent.equals(conference.getProvinceId()) && !conference.getProvinceId().equals(parentUnit.parentId())) {
					throw new NotFoundException("unit", parent);
				}
				yield this.reference.children(parent, on).stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
			}
			default -> throw new DomainException("conference.points.levelNotGenerated");
		};
		if (units.isEmpty()) {
			throw new DomainException(level == PointLevel.DISTRICT ? "conference.points.noDistricts" : "conference.points.noCommunes");
		}
		int added = 0;
		for (UnitRef unit : units) {
			if (conference.hasPointFor(unit.id())) {
				continue;
			}
			String hall = this.messages.getMessage("unit.kind." + unit.kind(), new Object[] { unit.name() }, unit.name(), VIETNAMESE);
			String lower = Character.toLowerCase(hall.charAt(0)) + hall.substring(1);
			conference.addPoint(unit.id(), new PointDetails(level, "UBND " + lower, null, null, "Lãnh đạo UBND " + lower,
					level == PointLevel.DISTRICT ? DISTRICT_PARTICIPANTS : COMMUNE_PARTICIPANTS));
			added++;
		}
		return added;
	}

	// --- the programme ---

	public void addItem(PortalUser user, Long id, AgendaDetails details) {
		organised(user, id).addItem(details);
	}

	void moveItem(PortalUser user, Long id, Long itemId, int delta) {
		organised(user, id).moveItem(itemId, delta);
	}

	void changeDuration(PortalUser user, Long id, Long itemId, int minutes) {
		if (minutes < 1 || minutes > 600) {
			throw new DomainException("conference.agenda.duration.range");
		}
		organised(user, id).item(itemId).changeDuration(minutes);
	}

	void updateItem(PortalUser user, Long id, Long itemId, AgendaDetails details) {
		organised(user, id).item(itemId).update(details);
	}

	void removeItem(PortalUser user, Long id, Long itemId) {
		organised(user, id).removeItem(itemId);
	}

	// --- invitations and attendance ---

	@Transactional(readOnly = true)
	List<InvitationRow> invitations(PortalUser user, Long id) {
		requireOfficial(user);
		find(id);
		return this.queries.invitations(id);
	}

	/** Invites an organisation; refused when its quota would take more seats than the hall has. */
	public Long invite(PortalUser user, Long id, Long organisationId, Long pointId, int quota, int giftQuota) {
		Conference conference = organised(user, id);
		this.reference.organisation(organisationId);
		if (pointId != null) {
			conference.point(pointId);
		}
		if (this.invitations.findByConferenceIdAndOrganisationId(id, organisationId).isPresent()) {
			throw DomainException.onField("organisationId", "conference.invitation.duplicate");
		}
		Integer capacity = conference.getSeatingCapacity();
		int invited = this.invitations.seatsInvited(id);
		if (capacity != null && invited + quota > capacity) {
			throw DomainException.onField("quota", "conference.invitation.overCapacity", capacity, invited, capacity - invited);
		}
		return this.invitations.save(new Invitation(id, organisationId, pointId, quota, giftQuota)).getId();
	}

	public void recordReply(PortalUser user, Long id, Long invitationId, long version, Rsvp rsvp, Integer confirmed, int checkedIn) {
		organised(user, id);
		Invitation invitation = this.invitations.findById(invitationId).filter(i -> i.getConferenceId().equals(id))
			.orElseThrow(() -> new NotFoundException("invitation", invitationId));
		Versions.require(invitation.getVersion(), version, Invitation.class, invitationId);
		invitation.record(rsvp, confirmed, checkedIn);
	}

	void removeInvitation(PortalUser user, Long id, Long invitationId) {
		organised(user, id);
		Invitation invitation = this.invitations.findById(invitationId).filter(i -> i.getConferenceId().equals(id))
			.orElseThrow(() -> new NotFoundException("invitation", invitationId));
		this.invitations.delete(invitation);
	}

	// --- access ---

	Conference find(Long id) {
		return this.conferences.findById(id).orElseThrow(() -> new NotFoundException("conference", id));
	}

	/** The conference when the user organises it; otherwise 404. */
	Conference organised(PortalUser user, Long id) {
		requireOfficial(user);
		Conference conference = find(id);
		if (!conference.organisedBy(user.organisationId())) {
			throw new NotFoundException("conference", id);
		}
		return conference;
	}

	static void requireOfficial(PortalUser user) {
		if (user == null || !user.is(Role.OFFICIAL)) {
			throw new NotFoundException("conference", null);
		}
	}

}
