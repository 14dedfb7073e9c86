package vn.vieclam.portal.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.vieclam.portal.candidate.Candidates;
import vn.vieclam.portal.indicator.IndicatorStatus;
import vn.vieclam.portal.indicator.IndicatorText;
import vn.vieclam.portal.indicator.IndicatorView;
import vn.vieclam.portal.indicator.Indicators;
import vn.vieclam.portal.indicator.RegisterView;
import vn.vieclam.portal.matching.Referrals;
import vn.vieclam.portal.matching.ReferralMonthCount;
import vn.vieclam.portal.vacancy.OpenVacancyCount;
import vn.vieclam.portal.vacancy.Vacancies;

/** The dashboard's figures, one small class each. */
final class Panels {

	private Panels() {
	}

	static final List<String> OPEN_COLUMNS = List.of("dashboard.col.vacancies", "dashboard.col.positions");

	static List<DashboardPanel.Row> openRows(List<OpenVacancyCount> counts, Locale locale,
			java.util.function.Function<OpenVacancyCount, String> link, String noneKey, MessageSource messages) {
		List<DashboardPanel.Row> rows = new ArrayList<>();
		for (OpenVacancyCount c : counts) {
			String name = c.key() == null ? messages.getMessage(noneKey, null, locale) : c.name(locale);
			rows.add(DashboardPanel.Row.of(name, link.apply(c), c.vacancies(), c.positions()));
		}
		return rows;
	}

	/**
	 * The traffic light of each indicator of the chosen year's register; for a year without one (this year before
	 * the register is copied), the newest earlier register with approved values.
	 */
	@Component
	static class IndicatorLights implements PanelSource {

		private final Indicators indicators;

		private final IndicatorText text;

		IndicatorLights(Indicators indicators, IndicatorText text) {
			this.indicators = indicators;
			this.text = text;
		}

		@Override
		public boolean perYear() {
			return true;
		}

		@Override
		public String key() {
			return "indicators";
		}

		@Override
		public int order() {
			return 10;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			RegisterView g = this.indicators.forDashboard(year).orElse(null);
			if (g == null) {
				return new DashboardPanel(key(), "dashboard.indicators.title.none", List.of(), "none",
						"dashboard.col.indicator", List.of(), List.of(), "/indicators", null);
			}
			List<DashboardPanel.Row> rows = new ArrayList<>();
			for (IndicatorView i : g.indicators()) {
				IndicatorStatus s = i.status();
				rows.add(new DashboardPanel.Row(i.position() + ". " + i.name(),
						List.of(this.text.value(i.latestValue(), i.unit(), locale),
								i.direction().symbol() + " " + this.text.value(i.targetValue(), i.unit(), locale),
								i.responsibleName()),
						"/indicators/" + g.id() + "#indicator-" + i.position(), s.css(), s.labelKey()));
			}
			return new DashboardPanel(key(), "dashboard.indicators.title", List.of(g.subIndexName(), g.year()), "none",
					"dashboard.col.indicator",
					List.of("dashboard.col.latest", "dashboard.col.target", "dashboard.col.responsible"), rows,
					"/indicators/" + g.id(), "dashboard.indicators.note");
		}

	}

	@Component
	static class VacanciesBySector implements PanelSource {

		private final Vacancies vacancies;

		private final MessageSource messages;

		VacanciesBySector(Vacancies vacancies, MessageSource messages) {
			this.vacancies = vacancies;
			this.messages = messages;
		}

		@Override
		public boolean cacheable() {
			return true;
		}

		@Override
		public String key() {
			return "vacancies-by-sector";
		}

		@Override
		public int order() {
			return 20;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			// the board has no sector filter, so the rows link nowhere; the figure links to the board
			return new DashboardPanel(key(), "dashboard.sector.title", List.of(), "horizontal", "dashboard.col.sector",
					OPEN_COLUMNS, openRows(this.vacancies.openBySector(), locale, c -> null, "dashboard.none", this.messages),
					"/vacancies", null);
		}

	}

	@Component
	static class VacanciesBySkillLevel implements PanelSource {

		private final Vacancies vacancies;

		private final MessageSource messages;

		VacanciesBySkillLevel(Vacancies vacancies, MessageSource messages) {
			this.vacancies = vacancies;
			this.messages = messages;
		}

		@Override
		public boolean cacheable() {
			return true;
		}

		@Override
		public String key() {
			return "vacancies-by-skill";
		}

		@Override
		public int order() {
			return 30;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			return new DashboardPanel(key(), "dashboard.skill.title", List.of(), "bar", "dashboard.col.skill",
					OPEN_COLUMNS,
					openRows(this.vacancies.openBySkillLevel(), locale,
							c -> UriComponentsBuilder.fromPath("/vacancies").queryParam("skillLevel", c.key()).build().toUriString(),
							"dashboard.none", this.messages),
					"/vacancies", null);
		}

	}

	@Component
	static class VacanciesByZone implements PanelSource {

		private final Vacancies vacancies;

		private final MessageSource messages;

		VacanciesByZone(Vacancies vacancies, MessageSource messages) {
			this.vacancies = vacancies;
			this.messages = messages;
		}

		@Override
		public boolean cacheable() {
			return true;
		}

		@Override
		public String key() {
			return "vacancies-by-zone";
		}

		@Override
		public int order() {
			return 40;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			return new DashboardPanel(key(), "dashboard.zone.title", List.of(), "horizontal", "dashboard.col.zone",
					OPEN_COLUMNS,
					openRows(this.vacancies.openByIndustrialZone(), locale,
							c -> c.key() == null ? null : "/official/employers?mine=false&zone=" + c.key(),
							"dashboard.zone.outside", this.messages),
					"/official/queue", "dashboard.zone.note");
		}

	}

	@Component
	static class CandidatesByHomeProvince implements PanelSource {

		private final Candidates candidates;

		CandidatesByHomeProvince(Candidates candidates) {
			this.candidates = candidates;
		}

		@Override
		public boolean cacheable() {
			return true;
		}

		@Override
		public String key() {
			return "candidates-by-province";
		}

		@Override
		public int order() {
			return 50;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			// officials have no candidate list (personal data stays with each centre): no links
			List<DashboardPanel.Row> rows = this.candidates.countByHomeProvince().stream()
				.map(c -> DashboardPanel.Row.of(c.provinceName(), null, c.candidates())).toList();
			return new DashboardPanel(key(), "dashboard.candidates.title", List.of(), "doughnut",
					"dashboard.col.province", List.of("dashboard.col.candidates"), rows, null,
					"dashboard.candidates.note");
		}

	}

	@Component
	static class ReferralsByProvinceAndMonth implements PanelSource {

		private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

		private final Referrals referrals;

		ReferralsByProvinceAndMonth(Referrals referrals) {
			this.referrals = referrals;
		}

		@Override
		public boolean cacheable() {
			return true;
		}

		@Override
		public boolean perYear() {
			return true;
		}

		@Override
		public String key() {
			return "referrals-by-month";
		}

		@Override
		public int order() {
			return 60;
		}

		@Override
		public DashboardPanel panel(int year, Locale locale) {
			LocalDate from = LocalDate.of(year, 1, 1);
			List<DashboardPanel.Row> rows = new ArrayList<>();
			for (ReferralMonthCount c : this.referrals.monthlyByCentreProvince(from, from.plusYears(1))) {
				rows.add(DashboardPanel.Row.of(c.provinceName() + " · " + MONTH.format(c.month()), null, c.referred(),
						c.hired()));
			}
			return new DashboardPanel(key(), "dashboard.referrals.title", List.of(year), "bar",
					"dashboard.col.provinceMonth", List.of("dashboard.col.referred", "dashboard.col.hired"), rows, null,
					"dashboard.referrals.note");
		}

	}

}
