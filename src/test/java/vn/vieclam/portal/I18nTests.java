package vn.vieclam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import vn.vieclam.portal.account.Role;
import vn.vieclam.portal.reference.OrganisationKind;
import vn.vieclam.portal.reference.UnitKind;
import vn.vieclam.portal.reference.UnitLevel;
import vn.vieclam.portal.shared.audit.AuditAction;

/**
 * Vietnamese first, English complete: no literal text in templates, both bundles with the same keys,
 * and every key a template or an enum label uses present in both.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads or hears. */
	private static final List<String> READABLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[(}]");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace");
				for (TextNode text : element.textNodes()) {
					if (!replaced && text.text().codePoints().anyMatch(Character::isLetter)) {
						problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (!value.isEmpty() && value.codePoints().anyMatch(Character::isLetter) && !"value".equals(attribute)) {
						problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(problems).as("literal text in templates; use #{key} from messages").isEmpty();
	}

	@Test
	void everyModuleBundleHasItsEnglishTwinWithTheSameKeys() throws IOException {
		List<String> bundles = bundles();
		assertThat(bundles).contains("messages");
		for (String bundle : bundles) {
			assertThat(loadOne(bundle + "_en.properties").stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(loadOne(bundle + ".properties").stringPropertyNames());
		}
	}

	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		for (String bundle : bundles()) {
			for (String suffix : new String[] { ".properties", "_en.properties" }) {
				Set<String> seen = new TreeSet<>();
				for (String line : Files.readAllLines(Path.of("src/main/resources/messages", bundle + suffix))) {
					if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
						String key = line.substring(0, line.indexOf('=')).strip();
						assertThat(seen.add(key)).as(bundle + suffix + " defines " + key + " twice").isTrue();
					}
				}
			}
		}
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		String configured = Files.readString(Path.of("src/main/resources/application.properties"));
		for (String bundle : bundles()) {
			assertThat(configured).contains("messages/" + bundle);
		}
	}

	@Test
	void everyKeyATemplateUsesExistsInBothBundles() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
		assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(used);
	}

	@Test
	void everyEnumShownToUsersHasALabelInBothBundles() throws IOException {
		Set<String> keys = new TreeSet<>();
		Stream.of(Role.values()).forEach(v -> keys.add("role." + v));
		Stream.of(OrganisationKind.values()).forEach(v -> keys.add("organisation.kind." + v));
		Stream.of(UnitKind.values()).forEach(v -> keys.add("unit.kind." + v));
		Stream.of(UnitLevel.values()).forEach(v -> keys.add("unit.level." + v));
		Stream.of(AuditAction.values()).forEach(v -> keys.add("audit.action." + v));
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
		assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(keys);
	}

	@Test
	void vietnameseIsTheDefaultBundle() throws IOException {
		assertThat(load("messages.properties").getProperty("login.username")).isEqualTo("Tên đăng nhập");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** All module bundles merged, as Spring's MessageSource sees them ("messages.properties" = Vietnamese). */
	private static Properties load(String name) throws IOException {
		String suffix = name.substring("messages".length()); // ".properties" or "_en.properties"
		Properties merged = new Properties();
		for (String bundle : bundles()) {
			Properties one = loadOne(bundle + suffix);
			for (String key : one.stringPropertyNames()) {
				assertThat(merged.containsKey(key)).as("key " + key + " defined in two bundles").isFalse();
				merged.setProperty(key, one.getProperty(key));
			}
		}
		return merged;
	}

	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".properties") && !n.contains("_"))
				.map(n -> n.substring(0, n.length() - ".properties".length()))
				.sorted().toList();
		}
	}

	private static Properties loadOne(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages", name)),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
