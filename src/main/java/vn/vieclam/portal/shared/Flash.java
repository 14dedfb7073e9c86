package vn.vieclam.portal.shared;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Post-redirect-get messages: a message key (and arguments) that the layout shows once. */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashSuccess", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

	public static void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashError", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

}
