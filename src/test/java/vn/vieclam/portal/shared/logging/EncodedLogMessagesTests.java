package vn.vieclam.portal.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Text a user typed reaches the log on one line: a name with a line break and a forged entry after it, logged
 * through the tests' real logback configuration (the same conversion rules as the portal's), comes out escaped.
 */
class EncodedLogMessagesTests {

	@Test
	void aLineBreakInLoggedUserTextCannotForgeAnEntry() throws Exception {
		String marker = UUID.randomUUID().toString();
		String typed = "Lò Văn Páo\r\n2026-12-02T08:00:00.000+07:00  INFO [main] vn.vieclam.portal : admin đã đăng nhập\u001b[31m";
		LoggerFactory.getLogger(EncodedLogMessagesTests.class).info("search {} by {}", marker, typed);

		Path log = Path.of(System.getProperty("user.dir"), "target", "suite-logs", "suite.log");
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(marker)).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("Lò Văn Páo\\r\\n2026-12-02T08:00:00.000+07:00  INFO [main]")
			.contains("\\u001b[31m")
			.doesNotContain("\u001b");
		assertThat(Files.readAllLines(log, StandardCharsets.UTF_8))
			.noneMatch(l -> l.startsWith("2026-12-02T08:00:00.000+07:00  INFO [main] vn.vieclam.portal : admin"));
	}

	@Test
	void plainTextIsLeftAsItIs() {
		assertThat(EncodedMessageConverter.encode("Nguyễn Thị Hoa, 12 dòng")).isEqualTo("Nguyễn Thị Hoa, 12 dòng");
		assertThat(EncodedMessageConverter.encode("a\tb\u2028c")).isEqualTo("a\\tb\\u2028c");
	}

}
