package vn.vieclam.portal.shared.audit;

import java.lang.reflect.Field;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Writes an audit row for every insert, update and delete Hibernate performs, in the same transaction,
 * with the changed fields (old and new values; secrets masked). Being a Hibernate listener, no service
 * can forget to audit.
 */
@Component
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private static final String MASK = "***";

	private final EntityManagerFactory entityManagerFactory;

	private final Map<Class<?>, Set<String>> secretFields = new ConcurrentHashMap<>();

	EntityChangeAuditor(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@PostConstruct
	void register() {
		SessionFactoryImplementor sessionFactory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (audited(event.getPersister())) {
			Map<String, Object> changes = new LinkedHashMap<>();
			String[] names = event.getPersister().getPropertyNames();
			Object[] state = event.getState();
			for (int i = 0; i < names.length; i++) {
				if (state[i] != null) {
					changes.put(names[i], value(event.getEntity(), names[i], state[i]));
				}
			}
			write(event.getSession(), AuditAction.CREATE, event.getPersister(), event.getId(), changes);
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (!audited(event.getPersister()) || event.getDirtyProperties() == null) {
			return;
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		String[] names = event.getPersister().getPropertyNames();
		Object[] old = event.getOldState();
		for (int index : event.getDirtyProperties()) {
			String name = names[index];
			if ("version".equals(name)) {
				continue;
			}
			Object before = old == null ? null : value(event.getEntity(), name, old[index]);
			Object after = value(event.getEntity(), name, event.getState()[index]);
			changes.put(name, new Object[] { before, after });
		}
		if (!changes.isEmpty()) {
			write(event.getSession(), AuditAction.UPDATE, event.getPersister(), event.getId(), changes);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (audited(event.getPersister())) {
			write(event.getSession(), AuditAction.DELETE, event.getPersister(), event.getId(), null);
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private boolean audited(EntityPersister persister) {
		return !persister.getMappedClass().isAnnotationPresent(NotAudited.class);
	}

	private void write(org.hibernate.engine.spi.SharedSessionContractImplementor session, AuditAction action,
			EntityPersister persister, Object id, Map<String, Object> changes) {
		String type = persister.getMappedClass().getSimpleName();
		try {
			AuditLog.insert(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(), action, type, id,
					changes);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not write the audit trail for " + type + " " + id, ex);
		}
	}

	private Object value(Object entity, String property, Object value) {
		if (value == null) {
			return null;
		}
		if (secret(entity.getClass(), property)) {
			return MASK;
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof CharSequence
				|| value instanceof Enum<?> || value instanceof Temporal) {
			return value.toString();
		}
		if (value instanceof java.util.Collection<?> || value instanceof Map<?, ?>) {
			return "[…]"; // never initialise a lazy collection just to audit it
		}
		try {
			// An association: its id says which record it points at.
			Object id = this.entityManagerFactory.getPersistenceUnitUtil().getIdentifier(value);
			return org.hibernate.Hibernate.getClass(value).getSimpleName() + "#" + id;
		}
		catch (IllegalArgumentException notAnEntity) {
			return value.toString();
		}
	}

	private boolean secret(Class<?> type, String property) {
		return this.secretFields.computeIfAbsent(type, t -> {
			Set<String> names = ConcurrentHashMap.newKeySet();
			ReflectionUtils.doWithFields(t, (Field field) -> names.add(field.getName()),
					(Field field) -> field.isAnnotationPresent(Secret.class));
			return names;
		}).contains(property);
	}

}
