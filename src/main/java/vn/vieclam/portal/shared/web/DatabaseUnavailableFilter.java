package vn.vieclam.portal.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL cannot be reached, every page answers a friendly 503 ("try again in a minute") instead of an
 * error with a reference, and the portal recovers by itself when the database returns: the connection pool
 * (bounded wait, {@code spring.datasource.hikari.connection-timeout}) opens new connections on the next request.
 *
 * <p>It sits outside everything that needs the database, Spring Session's filter included, and the page it
 * answers is a static file, so nothing in it can fail for want of the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final byte[] PAGE = page();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!databaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			answer(request, response, ex);
		}
	}

	/** The static 503 page; also for {@link PortalExceptionHandler}, which sees the error first inside Spring MVC. */
	static void answer(HttpServletRequest request, HttpServletResponse response, Throwable ex) throws IOException {
		log.warn("Database unreachable, answered 503 for {} {}: {}", request.getMethod(), request.getRequestURI(),
				rootMessage(ex));
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'");
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(PAGE.length);
		response.getOutputStream().write(PAGE);
	}

	/** A lost or refused connection, a pool that waited in vain, or a server shutting down. */
	static boolean databaseUnreachable(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
				return true;
			}
			// A query that lost its connection mid-way makes the pool close it; rolling the transaction back then
			// fails with the pool's own "Connection is closed" (no SQL state), which hides the I/O error behind it.
			if (cause instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

	private static byte[] page() {
		try {
			return new ClassPathResource("static-pages/503.html").getContentAsByteArray();
		}
		catch (IOException ex) {
			return "Hệ thống đang bận, vui lòng thử lại sau ít phút.".getBytes(StandardCharsets.UTF_8);
		}
	}

}
