package vn.vieclam.portal.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.vieclam.portal.reference.ReferenceData;

/** Each role's home: where sign-in lands and what the navigation starts from. */
@Controller
class WorkspaceController {

	private final ReferenceData reference;

	WorkspaceController(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/admin")
	String adminHome(@AuthenticationPrincipal PortalUser user, Model model) {
		return home(user, model, "account/home-admin");
	}

	@GetMapping("/official")
	String officialHome(@AuthenticationPrincipal PortalUser user, Model model) {
		return home(user, model, "account/home-official");
	}

	@GetMapping("/centre")
	String centreHome(@AuthenticationPrincipal PortalUser user, Model model) {
		return home(user, model, "account/home-centre");
	}

	@GetMapping("/employer")
	String employerHome(@AuthenticationPrincipal PortalUser user, Model model) {
		return home(user, model, "account/home-employer");
	}

	@GetMapping("/home")
	String myHome(@AuthenticationPrincipal PortalUser user) {
		return "redirect:" + user.role().home();
	}

	private String home(PortalUser user, Model model, String view) {
		model.addAttribute("organisation", this.reference.organisation(user.organisationId()));
		return view;
	}

}
