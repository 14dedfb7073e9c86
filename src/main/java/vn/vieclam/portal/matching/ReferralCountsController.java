package vn.vieclam.portal.matching;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.SheetWriter;

/** A centre's yearly counts: people counselled, introduced and placed, by home province. */
@Controller
class ReferralCountsController {

	private final Referrals referrals;

	private final ReferralExport export;

	ReferralCountsController(Referrals referrals, ReferralExport export) {
		this.referrals = referrals;
		this.export = export;
	}

	@GetMapping("/referrals/counts")
	String showCounts(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = shown(year);
		model.addAttribute("counts", this.referrals.counts(user, shown));
		model.addAttribute("year", shown);
		int thisYear = Referrals.today().getYear();
		model.addAttribute("years", IntStream.rangeClosed(0, 5).mapToObj(i -> thisYear - i).toList());
		return "matching/counts";
	}

	/** The same counts as .xlsx: only the centre's own (counts carry no personal data). */
	@GetMapping("/referrals/counts.xlsx")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year, Locale locale,
			HttpServletResponse response) throws IOException {
		int shown = shown(year);
		List<CountRow> counts = this.referrals.counts(user, shown);
		response.setContentType(SheetWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(ReferralExport.countsFileName(shown)).build().toString());
		this.export.writeCounts(counts, shown, locale, response.getOutputStream());
	}

	private static int shown(Integer year) {
		int thisYear = Referrals.today().getYear();
		return year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
	}

}
