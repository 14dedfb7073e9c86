package vn.vieclam.portal.matching;

import java.util.stream.IntStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vieclam.portal.account.PortalUser;

/** A centre's yearly counts: people counselled, introduced and placed, by home province. */
@Controller
class ReferralCountsController {

	private final Referrals referrals;

	ReferralCountsController(Referrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/referrals/counts")
	String showCounts(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int thisYear = Referrals.today().getYear();
		int shown = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
		model.addAttribute("counts", this.referrals.counts(user, shown));
		model.addAttribute("year", shown);
		model.addAttribute("years", IntStream.rangeClosed(0, 5).mapToObj(i -> thisYear - i).toList());
		return "matching/counts";
	}

}
