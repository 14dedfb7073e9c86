package vn.vieclam.portal.jobsession;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Flash;

/**
 * Yearly targets and progress of job sessions, for job centres (theirs editable) and officials (all
 * editable): per centre and province, on track or behind, a table by month, and Excel.
 */
@Controller
class ProgressController {

	private final JobSessions sessions;

	private final ProgressExport export;

	ProgressController(JobSessions sessions, ProgressExport export) {
		this.sessions = sessions;
		this.export = export;
	}

	@GetMapping({ "/centre/job-sessions/progress", "/official/job-sessions/progress" })
	String showProgress(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long centre, @RequestParam(required = false) Long edit, Model model) {
		int shown = year(year);
		List<YearlyProgress> progress = this.sessions.yearlyProgress(shown);
		model.addAttribute("year", shown);
		model.addAttribute("years", PublicSessionController.years());
		model.addAttribute("progress", progress);
		model.addAttribute("centre", centre);
		List<MonthProgress> months = this.sessions.byMonth(shown, centre);
		model.addAttribute("months", months);
		model.addAttribute("chart", chart(progress, months, centre, shown));
		model.addAttribute("share", JobSessions.expectedShare(shown));
		model.addAttribute("editAll", user.is(Role.OFFICIAL));
		model.addAttribute("base", user.is(Role.OFFICIAL) ? "/official/job-sessions" : "/centre/job-sessions");
		model.addAttribute("centres", user.is(Role.OFFICIAL) ? this.sessions.centres()
				: this.sessions.centres().stream().filter(c -> c.id().equals(user.organisationId())).toList());
		if (!model.containsAttribute("target")) {
			Long own = edit != null && this.sessions.mayEditTarget(user, edit) ? edit
					: user.is(Role.JOB_CENTRE) ? user.organisationId() : null;
			model.addAttribute("target", progress.stream()
				.filter(p -> p.centreId().equals(own) && p.hasTarget())
				.findFirst()
				.map(p -> new TargetForm(own, shown, p.targetSessions(), p.targetEnterprises(), p.targetPeople(),
						p.targetSource(), p.targetVersion()))
				.orElse(TargetForm.empty(own, shown)));
		}
		return "jobsession/progress";
	}

	@GetMapping({ "/centre/job-sessions/progress/export.xlsx", "/official/job-sessions/progress/export.xlsx" })
	void exportProgress(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long centre,
			Locale locale, HttpServletResponse response) throws IOException {
		int shown = year(year);
		response.setContentType(ProgressExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(ProgressExport.fileName(shown)).build().toString());
		this.export.write(shown, this.sessions.yearlyProgress(shown), this.sessions.byMonth(shown, centre), locale,
				response.getOutputStream());
	}

	@PostMapping({ "/centre/job-sessions/targets", "/official/job-sessions/targets" })
	String saveTarget(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("target") TargetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String base = user.is(Role.OFFICIAL) ? "/official/job-sessions" : "/centre/job-sessions";
		if (!result.hasErrors()) {
			try {
				this.sessions.saveTarget(user, form.centreId(), form.year(), form.sessions(),
						form.enterpriseParticipations(), form.peopleCounselled(), form.source(), form.version());
				Flash.success(redirect, "jobsession.target.saved");
				return "redirect:" + base + "/progress?year=" + form.year();
			}
			catch (DomainException ex) {
				PublicSessionController.reject(result, ex);
			}
		}
		return showProgress(user, form.year(), null, null, model);
	}

	/** The chart of the centre shown, or of all centres against the sum of their targets. */
	private static ProgressChart chart(List<YearlyProgress> progress, List<MonthProgress> months, Long centre, int year) {
		List<YearlyProgress> measured = progress.stream()
			.filter(p -> p.hasTarget() && (centre == null || p.centreId().equals(centre)))
			.toList();
		int thisYear = JobSessions.today().getYear();
		int lastMonth = year < thisYear ? 12 : year > thisYear ? 0 : JobSessions.today().getMonthValue();
		return ProgressChart.of(months, sum(measured, YearlyProgress::targetSessions),
				sum(measured, YearlyProgress::targetEnterprises), sum(measured, YearlyProgress::targetPeople), lastMonth);
	}

	private static long sum(List<YearlyProgress> rows, java.util.function.Function<YearlyProgress, Integer> target) {
		return rows.stream().map(target).filter(java.util.Objects::nonNull).mapToLong(Integer::longValue).sum();
	}

	private static int year(Integer year) {
		int thisYear = JobSessions.today().getYear();
		return year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
	}

}
