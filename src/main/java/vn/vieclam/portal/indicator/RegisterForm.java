package vn.vieclam.portal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Text;

/**
 * A register as typed: numbers as officials write them ("6,85"), so a typing mistake comes back as it was
 * typed with the message beside it. The lead is only read for the portal's operator; an official's register
 * is led by the official's organisation.
 */
record RegisterForm(String year, @NotBlank @Size(max = 20) String subIndexCode,
		@NotBlank @Size(max = 300) String subIndexName, String weight, String baselineScore, String baselineRank,
		String targetScore, @NotNull Direction targetDirection, Long leadOrganisationId,
		@Size(max = 300) String planReference, Long version) {

	/** The first PCI was published for 2005; a register is planned at most a few years ahead. */
	static final int FIRST_YEAR = 2005;

	static final int YEARS_AHEAD = 5;

	static RegisterForm empty() {
		return new RegisterForm(String.valueOf(LocalDate.now(Formats.VIETNAM).getYear()), "", "", "", "", "", "",
				Direction.GE, null, "", null);
	}

	static RegisterForm from(RegisterView g) {
		return new RegisterForm(String.valueOf(g.year()), g.subIndexCode(), g.subIndexName(), NumberFields.text(g.weight()),
				NumberFields.text(g.baselineScore()), g.baselineRank() == null ? "" : g.baselineRank().toString(),
				NumberFields.text(g.targetScore()), g.targetDirection(), g.leadOrganisationId(), g.planReference(),
				g.version());
	}

	/** The command, or null with each mistake rejected on its field. */
	Indicators.RegisterCommand toCommand(BindingResult result) {
		int lastYear = LocalDate.now(Formats.VIETNAM).getYear() + YEARS_AHEAD;
		Integer y = NumberFields.whole(this.year, FIRST_YEAR, lastYear, "year", "indicator.form.year.invalid",
				new Object[] { FIRST_YEAR, lastYear }, true, result);
		BigDecimal w = NumberFields.decimal(this.weight, BigDecimal.ZERO, new BigDecimal("100"), "weight",
				"indicator.form.weight.range", false, result);
		BigDecimal baseline = NumberFields.decimal(this.baselineScore, BigDecimal.ZERO, BigDecimal.TEN, "baselineScore",
				"indicator.form.score.range", false, result);
		Integer rank = NumberFields.rank(this.baselineRank, "baselineRank", result);
		BigDecimal target = NumberFields.decimal(this.targetScore, BigDecimal.ZERO, BigDecimal.TEN, "targetScore",
				"indicator.form.score.range", false, result);
		if (result.hasErrors()) {
			return null;
		}
		return new Indicators.RegisterCommand(y, this.subIndexCode.strip(), this.subIndexName.strip(), w, baseline, rank,
				target, this.targetDirection, this.leadOrganisationId, Text.blankToNull(this.planReference), null);
	}

}
