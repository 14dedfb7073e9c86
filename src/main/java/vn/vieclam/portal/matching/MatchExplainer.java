package vn.vieclam.portal.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vieclam.portal.shared.Formats;

/**
 * Words a score: one phrase per component, chosen from the points PostgreSQL gave it (never recomputed
 * here), in the reader's language — "cùng nghề; trình độ cao hơn yêu cầu; …". Templates call it as
 * {@code ${@matchExplainer.explain(m.points, m.facts, #locale)}}.
 */
@Component("matchExplainer")
class MatchExplainer {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final MessageSource messages;

	MatchExplainer(MessageSource messages) {
		this.messages = messages;
	}

	public String explain(MatchPoints points, MatchFacts facts, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(text(locale, switch (points.occupation()) {
			case MatchWeights.OCCUPATION_SAME -> "matching.reason.occupation.same";
			case MatchWeights.OCCUPATION_GROUP -> "matching.reason.occupation.group";
			default -> "matching.reason.occupation.other";
		}));
		parts.add(text(locale, points.skill() == MatchWeights.SKILL_MET
				? facts.skillRank() > facts.requiredRank() ? "matching.reason.skill.higher" : "matching.reason.skill.equal"
				: points.skill() == MatchWeights.SKILL_ONE_BELOW ? "matching.reason.skill.oneBelow"
						: "matching.reason.skill.below"));
		parts.add(text(locale, points.place() == 0 ? "matching.reason.place.no"
				: facts.sameProvince() ? "matching.reason.place.same" : "matching.reason.place.relocate"));
		String pay = millions(facts.wageMin(), locale)
				+ (facts.wageMax() == facts.wageMin() ? "" : "–" + millions(facts.wageMax(), locale));
		if (facts.desiredWage() == null) {
			parts.add(text(locale, "matching.reason.wage.any", pay));
		}
		else {
			String key = points.wage() == MatchWeights.WAGE_MET ? "matching.reason.wage.met"
					: points.wage() == MatchWeights.WAGE_WITHIN_RANGE ? "matching.reason.wage.withinRange"
							: "matching.reason.wage.above";
			parts.add(text(locale, key, millions(facts.desiredWage(), locale), pay));
		}
		if (points.start() == 0) {
			parts.add(text(locale, "matching.reason.start.late", Formats.DATE.format(facts.earliestStart()),
					Formats.DATE.format(facts.startBy())));
		}
		else if (facts.earliestStart() == null) {
			parts.add(text(locale, "matching.reason.start.now"));
		}
		else {
			parts.add(text(locale, "matching.reason.start.inTime", Formats.DATE.format(facts.earliestStart())));
		}
		parts.add(text(locale, !facts.needsHousing() ? "matching.reason.housing.notNeeded"
				: "matching.reason.housing." + facts.housing().name()));
		return String.join("; ", parts);
	}

	/** 7 500 000 → "7,5" in Vietnamese, "7.5" in English (the message says "triệu" / "million"). */
	static String millions(long amount, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(
				"vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.US);
		format.setMaximumFractionDigits(1);
		return format.format(BigDecimal.valueOf(amount).divide(MILLION, 1, RoundingMode.HALF_UP));
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
