package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.vieclam.portal.shared.Text;

/** An indicator as typed: name, unit, baseline value and rank, target with its direction, the agencies. */
record IndicatorForm(@NotBlank @Size(max = 500) String name, @NotBlank @Size(max = 30) String unit,
		String baselineValue, String baselineRank, String targetValue, @NotNull Direction direction,
		@NotNull Long responsibleId, List<Long> partnerIds, @Size(max = 300) String partnersNote, Long version) {

	static IndicatorForm empty() {
		return new IndicatorForm("", "%", "", "", "", Direction.GE, null, List.of(), "", null);
	}

	static IndicatorForm from(Indicators.IndicatorEdit edit) {
		Indicators.IndicatorCommand c = edit.command();
		return new IndicatorForm(c.name(), c.unit(), NumberFields.text(c.baselineValue()),
				c.baselineRank() == null ? "" : c.baselineRank().toString(), NumberFields.text(c.targetValue()),
				c.direction(), c.responsibleOrganisationId(), List.copyOf(c.partnerIds()), c.partnersNote(), edit.version());
	}

	/** The command (its number is given by the register), or null with each mistake rejected on its field. */
	Indicators.IndicatorCommand toCommand(BindingResult result) {
		BigDecimal baseline = NumberFields.decimal(this.baselineValue, null, null, "baselineValue",
				"indicator.value.invalid", false, result);
		Integer rank = NumberFields.rank(this.baselineRank, "baselineRank", result);
		BigDecimal target = NumberFields.decimal(this.targetValue, null, null, "targetValue", "indicator.value.invalid",
				true, result);
		if (result.hasErrors()) {
			return null;
		}
		LinkedHashSet<Long> partners = new LinkedHashSet<>(this.partnerIds == null ? List.of() : this.partnerIds);
		partners.remove(this.responsibleId);
		return new Indicators.IndicatorCommand(0, this.name.strip(), this.unit.strip(), baseline, rank, target,
				this.direction, this.responsibleId, partners, Text.blankToNull(this.partnersNote));
	}

}
