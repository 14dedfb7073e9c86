package vn.vieclam.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A stale edit (someone saved the record first) is a 409 page that offers to reload, not a 500; an unreachable
 * database is a 503 that says to try again.
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

	/**
	 * The database is unreachable: the friendly 503. Handled here as well as in {@link DatabaseUnavailableFilter}
	 * because Spring MVC would otherwise take a connection that ended in an EOF for a browser that went away and
	 * answer an empty page.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			JDBCConnectionException.class, org.springframework.orm.jpa.JpaSystemException.class })
	void databaseUnreachable(HttpServletRequest request, HttpServletResponse response, Exception ex) throws Exception {
		if (!DatabaseUnavailableFilter.databaseUnreachable(ex)) {
			throw ex; // another kind of failure: the error page with its reference
		}
		DatabaseUnavailableFilter.answer(request, response, ex);
	}

}
