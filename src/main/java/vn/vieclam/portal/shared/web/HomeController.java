package vn.vieclam.portal.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page. */
@Controller
class HomeController {

	@GetMapping("/")
	String showHome() {
		return "home";
	}

}
