package vn.vieclam.portal.vacancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Vacancies close themselves after their closing date: just after midnight Vietnam time, and at start-up.
 * Closing is idempotent, so several instances running it at once do no harm. (The board also hides
 * expired vacancies at once, whatever the clock job has done.)
 */
@Component
class VacancyClock {

	private static final Logger log = LoggerFactory.getLogger(VacancyClock.class);

	private final Vacancies vacancies;

	VacancyClock(Vacancies vacancies) {
		this.vacancies = vacancies;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
	void closeExpired() {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("system:closing-date", null, java.util.List.of()));
		try {
			int closed = this.vacancies.closeExpired();
			if (closed > 0) {
				log.info("Closed {} vacancies past their closing date", closed);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
