package vn.vieclam.portal.shared;

/**
 * A rule of the domain refused an action. {@link #messageKey()} names the message the page shows;
 * {@link #field()} names the form field it belongs to, when it belongs to one.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private DomainException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static DomainException onField(String field, String messageKey, Object... arguments) {
		return new DomainException(field, messageKey, arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
