package vn.vieclam.portal.shared.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with line breaks and other control characters written as escapes ({@code \n}, {@code \r},
 * {@code \t}, {@code \u001b}…), so text a user typed (a name, a search, a file name) cannot start a forged log line
 * or colour a terminal. Registered for {@code %m}, {@code %msg} and {@code %message} by {@code logging/encoded-messages.xml},
 * which the portal's and the tests' logback configurations include; stack traces ({@code %ex}) keep their lines.
 */
public class EncodedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return encode(super.convert(event));
	}

	static String encode(String message) {
		if (message == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			boolean control = c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029';
			if (control && out == null) {
				out = new StringBuilder(message.length() + 16).append(message, 0, i);
			}
			if (out != null) {
				if (!control) {
					out.append(c);
				}
				else if (c == '\n') {
					out.append("\\n");
				}
				else if (c == '\r') {
					out.append("\\r");
				}
				else if (c == '\t') {
					out.append("\\t");
				}
				else {
					out.append(String.format("\\u%04x", (int) c));
				}
			}
		}
		return out == null ? message : out.toString();
	}

}
