package vn.vieclam.portal.reference;

import java.util.Locale;

/** A classification entry (skill level, occupation, sector) with its names in both languages. */
public record CodeName(String code, String nameVi, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

}
