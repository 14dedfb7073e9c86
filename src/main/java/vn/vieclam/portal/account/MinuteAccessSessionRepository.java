package vn.vieclam.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository with a session's last access kept to the minute: a request within
 * {@link #RESOLUTION} of the recorded access leaves the session unchanged, so a page that changes nothing in it
 * writes nothing — no transaction, no statement. Spring Session notes the access time of every request and then
 * rewrites the session's row in a transaction of its own: a round trip and a write for each page a member of staff
 * opens, and requests of one session at once queued on that row's lock. Anything else — the signed-in user, a new
 * session id, a timeout, an attribute — is saved as before, and the access once it has moved by a minute.
 * <p>
 * The cost: a session may expire up to {@link #RESOLUTION} before {@code spring.session.timeout} after its last
 * request.
 */
final class MinuteAccessSessionRepository
		implements FindByIndexNameSessionRepository<MinuteAccessSessionRepository.MinuteAccessSession> {

	/** How long a session's last access may go unrecorded. */
	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> stored;

	@SuppressWarnings("unchecked")
	MinuteAccessSessionRepository(FindByIndexNameSessionRepository<? extends Session> stored) {
		// Only sessions this repository created or found are given back to it, so each is of the stored type.
		this.stored = (FindByIndexNameSessionRepository<Session>) stored;
	}

	@Override
	public MinuteAccessSession createSession() {
		return new MinuteAccessSession(this.stored.createSession());
	}

	@Override
	public void save(MinuteAccessSession session) {
		this.stored.save(session.stored);
	}

	@Override
	public MinuteAccessSession findById(String id) {
		Session session = this.stored.findById(id);
		return session == null ? null : new MinuteAccessSession(session);
	}

	@Override
	public void deleteById(String id) {
		this.stored.deleteById(id);
	}

	@Override
	public Map<String, MinuteAccessSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, MinuteAccessSession> found = new LinkedHashMap<>();
		this.stored.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new MinuteAccessSession(session)));
		return found;
	}

	/** A stored session whose last access moves only by {@link #RESOLUTION} or more. */
	static final class MinuteAccessSession implements Session {

		private final Session stored;

		private MinuteAccessSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(RESOLUTION) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
