package vn.vieclam.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A stale edit (someone saved the record first) is a 409 page that offers to reload, not a 500.
 */
@ControllerAdvice
class PortalExceptionHandler {

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
		ModelAndView view = new ModelAndView("error/409");
		view.setStatus(HttpStatus.CONFLICT);
		String referer = request.getHeader("Referer");
		view.addObject("reloadUrl", referer != null && referer.startsWith(request.getScheme() + "://" + request.getServerName())
				? referer : request.getRequestURI());
		return view;
	}

}
