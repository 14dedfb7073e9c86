package vn.vieclam.portal.shared.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page leaves the portal in one piece, after every filter has finished with it.
 *
 * <p>The view writes the rendered page and flushes it. That flush committed the response while Spring Session's
 * filter was still around the request: the session was saved there, and saved again when the filter finished, which
 * read the session from PostgreSQL a second time on every signed-in page (spring-session#1424); and Tomcat's 8 KB
 * buffer had already sent the first part of any longer page by then. Here the response's buffer holds a whole page
 * ({@link #PAGE_BUFFER}), and the view's flush of its text is left to the container, which sends the page, with its
 * length, once the filters are done. Binary responses (spreadsheets, PDFs) keep their own flushes: they stream.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class WholePageFilter extends OncePerRequestFilter {

	/**
	 * Bytes a response holds before it must go out: more than any page of the portal (the longest, the officials'
	 * dashboard at 1M candidates, is ~50 KB), and under the 128 KB above which Tomcat drops a buffer when it recycles
	 * the response, so each pooled response's buffer is allocated once.
	 */
	static final int PAGE_BUFFER = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setBufferSize(PAGE_BUFFER);
		chain.doFilter(request, new WholePage(response));
	}

	private static final class WholePage extends HttpServletResponseWrapper {

		private PrintWriter writer;

		WholePage(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter()) {
					@Override
					public void flush() {
						// sent by the container after the filters
					}
				};
			}
			return this.writer;
		}

	}

}
