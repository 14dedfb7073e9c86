package vn.vieclam.portal.employer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Text;

/**
 * A workforce report as typed. The page offers a fixed number of empty rows for home provinces and
 * hiring needs (no script needed to add one); rows left blank are ignored.
 */
record WorkforceReportForm(
		@NotNull WorkforcePeriodType periodType,
		@NotNull @Min(2000) @Max(2100) Integer periodYear,
		@NotNull @Min(1) @Max(12) Integer periodNumber,
		@NotNull @PositiveOrZero @Max(1_000_000) Integer headcount,
		@NotNull @PositiveOrZero @Max(1_000_000) Integer hires,
		@NotNull @PositiveOrZero @Max(1_000_000) Integer departures,
		@Valid List<OriginRow> origins,
		@Valid List<NeedRow> needs,
		long version) {

	/** Empty rows offered below the saved ones. */
	static final int BLANK_ROWS = 5;

	WorkforceReportForm {
		// A row the browser sent nothing for stays in its place, so errors keep pointing at the right row.
		origins = origins == null ? List.of()
				: origins.stream().map(row -> Objects.requireNonNullElse(row, new OriginRow(null, null))).toList();
		needs = needs == null ? List.of()
				: needs.stream().map(row -> Objects.requireNonNullElse(row, new NeedRow("", "", null, null))).toList();
	}

	/** A new report, for the month that has just ended. */
	static WorkforceReportForm empty(LocalDate today) {
		WorkforcePeriod period = WorkforcePeriod.previousMonth(today);
		return new WorkforceReportForm(period.type(), period.year(), period.number(), null, null, null, List.of(),
				List.of(), 0).withBlankRows();
	}

	static WorkforceReportForm from(WorkforceReportView report) {
		return new WorkforceReportForm(report.period().type(), report.period().year(), report.period().number(),
				report.headcount(), report.hires(), report.departures(),
				report.origins().stream().map(o -> new OriginRow(o.provinceId(), o.headcount())).toList(),
				report.needs().stream().map(n -> new NeedRow(n.position(), n.skillLevelCode(), n.term(), n.quantity())).toList(),
				report.version()).withBlankRows();
	}

	WorkforceReportForm withBlankRows() {
		List<OriginRow> paddedOrigins = new ArrayList<>(this.origins);
		List<NeedRow> paddedNeeds = new ArrayList<>(this.needs);
		for (int i = 0; i < BLANK_ROWS; i++) {
			paddedOrigins.add(new OriginRow(null, null));
			paddedNeeds.add(new NeedRow("", "", null, null));
		}
		return new WorkforceReportForm(this.periodType, this.periodYear, this.periodNumber, this.headcount, this.hires,
				this.departures, paddedOrigins, paddedNeeds, this.version);
	}

	/** The report without its blank rows; a row half filled in, or a province twice, is refused on its field. */
	WorkforceReportDetails toDetails() {
		WorkforcePeriod period = WorkforcePeriod.of(this.periodType, this.periodYear, this.periodNumber);
		List<WorkforceOrigin> origins = new ArrayList<>();
		Set<Long> provinces = new HashSet<>();
		for (int i = 0; i < this.origins.size(); i++) {
			OriginRow row = this.origins.get(i);
			if (row.blank()) {
				continue;
			}
			if (row.provinceId() == null) {
				throw DomainException.onField("origins[" + i + "].provinceId", "workforce.origin.provinceRequired");
			}
			if (row.headcount() == null) {
				throw DomainException.onField("origins[" + i + "].headcount", "workforce.origin.headcountRequired");
			}
			if (!provinces.add(row.provinceId())) {
				throw DomainException.onField("origins[" + i + "].provinceId", "workforce.origin.duplicate");
			}
			origins.add(new WorkforceOrigin(row.provinceId(), row.headcount()));
		}
		List<WorkforceReportDetails.Need> needs = new ArrayList<>();
		for (int i = 0; i < this.needs.size(); i++) {
			NeedRow row = this.needs.get(i);
			if (row.blank()) {
				continue;
			}
			String position = Text.blankToNull(row.position());
			if (position == null) {
				throw DomainException.onField("needs[" + i + "].position", "workforce.need.positionRequired");
			}
			if (Text.blankToNull(row.skillLevelCode()) == null) {
				throw DomainException.onField("needs[" + i + "].skillLevelCode", "workforce.need.skillLevelRequired");
			}
			if (row.term() == null) {
				throw DomainException.onField("needs[" + i + "].term", "workforce.need.termRequired");
			}
			if (row.quantity() == null) {
				throw DomainException.onField("needs[" + i + "].quantity", "workforce.need.quantityRequired");
			}
			needs.add(new WorkforceReportDetails.Need(position.replaceAll("\\s+", " "), row.skillLevelCode(), row.term(),
					row.quantity()));
		}
		return new WorkforceReportDetails(period, this.headcount, this.hires, this.departures, origins, needs);
	}

	record OriginRow(Long provinceId, @PositiveOrZero @Max(1_000_000) Integer headcount) {

		boolean blank() {
			return this.provinceId == null && this.headcount == null;
		}

	}

	record NeedRow(@Size(max = 200) String position, String skillLevelCode, WorkforceTerm term,
			@Positive @Max(100_000) Integer quantity) {

		boolean blank() {
			return Text.blankToNull(this.position) == null && Text.blankToNull(this.skillLevelCode) == null
					&& this.term == null && this.quantity == null;
		}

	}

}
