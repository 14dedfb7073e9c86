package vn.vieclam.portal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares, so a test can hold a page to a fixed number of
 * queries whatever the number of rows (no N+1). MockMvc runs the request on the test's thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

	/** The statements' SQL in the order prepared ({@code createStatement} has none: an empty string). */
	private static final ThreadLocal<java.util.List<String>> STATEMENTS = ThreadLocal.withInitial(java.util.ArrayList::new);

	public static void reset() {
		STATEMENTS.get().clear();
	}

	public static int count() {
		return STATEMENTS.get().size();
	}

	/** How many of the statements prepared since {@link #reset} contain {@code text} (ignoring case). */
	public static long countContaining(String text) {
		return STATEMENTS.get().stream().filter(sql -> sql.toLowerCase().contains(text.toLowerCase())).count();
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
					return proxy(DataSource.class, dataSource, (target, method, args) -> {
						Object result = invoke(method, target, args);
						return result instanceof Connection connection
								? proxy(Connection.class, connection, QueryCounter::countStatements) : result;
					});
				}
				return bean;
			}
		};
	}

	private static Object countStatements(Object connection, java.lang.reflect.Method method, Object[] args)
			throws Throwable {
		String name = method.getName();
		if (name.equals("prepareStatement") || name.equals("prepareCall")
				|| (name.equals("createStatement") && args == null)) {
			STATEMENTS.get().add(args != null && args[0] instanceof String sql ? sql : "");
		}
		return invoke(method, connection, args);
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, Handler handler) {
		InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(),
				type == DataSource.class ? target.getClass().getInterfaces().length > 0
						? allInterfaces(target, DataSource.class) : new Class<?>[] { DataSource.class }
						: new Class<?>[] { Connection.class }, invocation);
	}

	private static Class<?>[] allInterfaces(Object target, Class<?> required) {
		java.util.Set<Class<?>> interfaces = new java.util.LinkedHashSet<>();
		interfaces.add(required);
		for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
			interfaces.addAll(java.util.List.of(c.getInterfaces()));
		}
		return interfaces.toArray(new Class<?>[0]);
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	@FunctionalInterface
	interface Handler {

		Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

}
