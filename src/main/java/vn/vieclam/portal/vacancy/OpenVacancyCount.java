package vn.vieclam.portal.vacancy;

/** Published vacancies and their open positions (quantity less hired) for one sector, skill level or zone. */
public record OpenVacancyCount(String key, String nameVi, String nameEn, long vacancies, long positions) {

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && this.nameEn != null ? this.nameEn : this.nameVi;
	}

}
