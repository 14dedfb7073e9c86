package vn.vieclam.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** axe-core's script, as {@code src/test/browser/ensure-axe.sh} unpacked it from the npm package (read once). */
final class Axe {

	static final Path FILE = Path.of("target", "axe", "axe.min.js");

	private static String source;

	private Axe() {
	}

	static synchronized String source() {
		if (source == null) {
			if (!Files.isRegularFile(FILE)) {
				throw new IllegalStateException(FILE + " is missing: run bash src/test/browser/ensure-axe.sh target/axe"
						+ " (./mvnw verify does it before the browser tests)");
			}
			try {
				source = Files.readString(FILE, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}
