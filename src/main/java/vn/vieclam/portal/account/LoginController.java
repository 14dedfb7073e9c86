package vn.vieclam.portal.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String showLogin(@RequestParam(required = false) String error, HttpSession session, Authentication authentication,
			Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.getPrincipal() instanceof PortalUser user && error == null) {
			return "redirect:" + user.role().home();
		}
		model.addAttribute("username", session.getAttribute(LoginFailureHandler.LAST_USERNAME));
		model.addAttribute("error", error);
		model.addAttribute("waitSeconds", session.getAttribute(LoginFailureHandler.WAIT_SECONDS));
		return "account/login";
	}

}
