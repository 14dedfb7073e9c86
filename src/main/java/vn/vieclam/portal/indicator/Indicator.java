package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A component indicator (chỉ tiêu) of a register: its baseline, target and the organisation that leads it. */
@Entity
@Table(name = "indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long registerId;

	private int position;

	private String name;

	private String unit;

	private BigDecimal baselineValue;

	private Integer baselineRank;

	private BigDecimal targetValue;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private Long responsibleOrganisationId;

	private String partnersNote;

	@ElementCollection
	@CollectionTable(name = "indicator_partner", joinColumns = @JoinColumn(name = "indicator_id"))
	@Column(name = "organisation_id")
	private Set<Long> partnerIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(Long registerId, Indicators.IndicatorCommand c) {
		this.registerId = registerId;
		this.position = c.position();
		this.name = c.name();
		this.unit = c.unit();
		this.baselineValue = c.baselineValue();
		this.baselineRank = c.baselineRank();
		this.targetValue = c.targetValue();
		this.direction = c.direction();
		this.responsibleOrganisationId = c.responsibleOrganisationId();
		this.partnersNote = c.partnersNote();
		this.partnerIds.addAll(c.partnerIds());
	}

	/** The same indicator in next year's register; the organisations that have since merged give way to their successors. */
	Indicators.IndicatorCommand toCommand(Long responsible, Set<Long> partners) {
		return new Indicators.IndicatorCommand(this.position, this.name, this.unit, this.baselineValue, this.baselineRank,
				this.targetValue, this.direction, responsible, partners, this.partnersNote);
	}

	/** The indicator as corrected; its number in the register stays. */
	void update(Indicators.IndicatorCommand c) {
		this.name = c.name();
		this.unit = c.unit();
		this.baselineValue = c.baselineValue();
		this.baselineRank = c.baselineRank();
		this.targetValue = c.targetValue();
		this.direction = c.direction();
		this.responsibleOrganisationId = c.responsibleOrganisationId();
		this.partnersNote = c.partnersNote();
		this.partnerIds.clear();
		this.partnerIds.addAll(c.partnerIds());
	}

	Long id() {
		return this.id;
	}

	Long registerId() {
		return this.registerId;
	}

	int position() {
		return this.position;
	}

	long version() {
		return this.version;
	}

	Long responsibleOrganisationId() {
		return this.responsibleOrganisationId;
	}

	Set<Long> partnerIds() {
		return this.partnerIds;
	}

}
