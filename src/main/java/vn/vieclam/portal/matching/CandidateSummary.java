package vn.vieclam.portal.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import vn.vieclam.portal.candidate.CandidateView;
import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.Phone;

/**
 * What a referral page shows of the candidate, and all an employer ever sees: name, age, phone, home
 * province, skill level and occupations. Never the national ID, address or the centre's notes, which
 * are left behind here so that no template can show them.
 */
public record CandidateSummary(Long id, String fullName, Integer age, String phone, String homeProvinceName,
		String skillNameVi, String skillNameEn, List<CandidateView.OccupationLine> occupations) {

	static CandidateSummary of(CandidateView v) {
		return new CandidateSummary(v.id(), v.fullName(),
				v.birthDate() == null ? null : Period.between(v.birthDate(), LocalDate.now(Formats.VIETNAM)).getYears(),
				Phone.display(v.phone()), v.homeProvinceName(), v.skillNameVi(), v.skillNameEn(), v.occupations());
	}

	public String skillName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.skillNameEn : this.skillNameVi;
	}

}
