package vn.vieclam.portal.vacancy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an employer offers and asks, as one value: what the form edits and what a revision remembers. */
public record VacancyTerms(String title, String occupationCode, String skillLevelCode, int quantity, Term term,
		LocalDate startDate, long wageMin, long wageMax, String benefits, Housing housing, Long housingAmount, boolean meals,
		boolean shuttleBus, String workingHours, String shifts, Integer ageMin, Integer ageMax, Gender gender,
		String requirementReason, Long workProvinceId, Long workCommuneId, String workAddress, LocalDate closingDate,
		String description) {

	/** Field → value, for revisions and the audit of what changed. */
	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("title", this.title);
		map.put("occupationCode", this.occupationCode);
		map.put("skillLevelCode", this.skillLevelCode);
		map.put("quantity", this.quantity);
		map.put("term", this.term);
		map.put("startDate", this.startDate);
		map.put("wageMin", this.wageMin);
		map.put("wageMax", this.wageMax);
		map.put("benefits", this.benefits);
		map.put("housing", this.housing);
		map.put("housingAmount", this.housingAmount);
		map.put("meals", this.meals);
		map.put("shuttleBus", this.shuttleBus);
		map.put("workingHours", this.workingHours);
		map.put("shifts", this.shifts);
		map.put("ageMin", this.ageMin);
		map.put("ageMax", this.ageMax);
		map.put("gender", this.gender);
		map.put("requirementReason", this.requirementReason);
		map.put("workProvinceId", this.workProvinceId);
		map.put("workCommuneId", this.workCommuneId);
		map.put("workAddress", this.workAddress);
		map.put("closingDate", this.closingDate);
		map.put("description", this.description);
		return map;
	}

}
