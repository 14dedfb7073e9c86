package vn.vieclam.portal.dashboard;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.vieclam.portal.shared.NotFoundException;

/** The officials' dashboard: every {@link PanelSource}'s figure, and each figure's table as a workbook. */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

	private final List<PanelSource> sources;

	private final DashboardExport export;

	private final PanelCache cache;

	DashboardController(List<PanelSource> sources, DashboardExport export, PanelCache cache) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(PanelSource::order)).toList();
		this.export = export;
		this.cache = cache;
	}

	@GetMapping
	String show(Locale locale, Model model) {
		model.addAttribute("panels", this.sources.stream().map(s -> this.cache.panel(s, locale)).toList());
		return "dashboard/index";
	}

	@GetMapping("/{key}.xlsx")
	void download(@PathVariable String key, Locale locale, HttpServletResponse response) throws IOException {
		PanelSource source = this.sources.stream().filter(s -> s.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("dashboard panel", key));
		DashboardPanel panel = source.panel(locale);
		response.setContentType(DashboardExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("bang-dieu-hanh-" + key + ".xlsx").build().toString());
		this.export.write(panel, locale, response.getOutputStream());
	}

}
