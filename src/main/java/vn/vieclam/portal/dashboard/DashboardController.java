package vn.vieclam.portal.dashboard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.shared.NotFoundException;

/**
 * The officials' dashboard: every {@link PanelSource}'s figure for the chosen year ({@code ?year=}, this year by
 * default), and each figure's table as a workbook for the same year.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

	/** How many years back the picker offers; older years still open from a typed address. */
	private static final int PICKER_YEARS = 6;

	private static final int FIRST_YEAR = 2000;

	private final List<PanelSource> sources;

	private final DashboardExport export;

	private final PanelCache cache;

	DashboardController(List<PanelSource> sources, DashboardExport export, PanelCache cache) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(PanelSource::order)).toList();
		this.export = export;
		this.cache = cache;
	}

	@GetMapping
	String show(@RequestParam(required = false) String year, Locale locale, Model model) {
		int chosen = year(year);
		int thisYear = thisYear();
		model.addAttribute("year", chosen);
		int newest = Math.max(chosen, thisYear);
		int oldest = Math.min(chosen, thisYear - PICKER_YEARS);
		model.addAttribute("years", IntStream.rangeClosed(oldest, newest).map(y -> newest + oldest - y).boxed().toList());
		model.addAttribute("panels", this.sources.stream().map(s -> this.cache.panel(s, chosen, locale)).toList());
		return "dashboard/index";
	}

	@GetMapping("/{key}.xlsx")
	void download(@PathVariable String key, @RequestParam(required = false) String year, Locale locale,
			HttpServletResponse response) throws IOException {
		PanelSource source = this.sources.stream().filter(s -> s.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("dashboard panel", key));
		int chosen = year(year);
		DashboardPanel panel = source.panel(chosen, locale);
		response.setContentType(DashboardExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("bang-dieu-hanh-" + key + (source.perYear() ? "-" + chosen : "") + ".xlsx").build().toString());
		this.export.write(panel, locale, response.getOutputStream());
	}

	/** The year asked for, or this year when none, not a number, or outside 2000 … next year: a bookmark never fails. */
	static int year(String text) {
		int thisYear = thisYear();
		if (text == null || !text.strip().matches("\\d{4}")) {
			return thisYear;
		}
		int year = Integer.parseInt(text.strip());
		return year < FIRST_YEAR || year > thisYear + 1 ? thisYear : year;
	}

	private static int thisYear() {
		return LocalDate.now(Formats.VIETNAM).getYear();
	}

}
