package vn.vieclam.portal.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import vn.vieclam.portal.shared.DomainException;

/**
 * The files users may attach (pdf, docx, xlsx, jpg, png): the name's extension and the file's first bytes must
 * agree, and the size is capped. What the browser claims as content type is ignored; files are served back as
 * attachments under a safe ASCII name. Delegation documents use the same checks.
 */
@Component
public class EvidenceFiles {

	/** The accepted types, each with the bytes its files begin with. */
	public enum Type {

		PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F' }, "pdf"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 'P', 'K', 3, 4 },
				"docx"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 'P', 'K', 3, 4 }, "xlsx"),
		JPG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg"),
		PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "png");

		private final String contentType;

		private final byte[] magic;

		private final String[] extensions;

		Type(String contentType, byte[] magic, String... extensions) {
			this.contentType = contentType;
			this.magic = magic;
			this.extensions = extensions;
		}

		public String contentType() {
			return this.contentType;
		}

		static Optional<Type> ofName(String name) {
			String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
			return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
		}

		boolean matches(byte[] content) {
			if (content.length < this.magic.length) {
				return false;
			}
			return Arrays.equals(Arrays.copyOf(content, this.magic.length), this.magic);
		}

	}

	/** A file that passed the checks, with the name it will be served under. */
	public record Checked(String fileName, Type type, byte[] content) {
	}

	private final DataSize maxSize;

	EvidenceFiles(@Value("${portal.plan.evidence.max-size:5MB}") DataSize maxSize) {
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	/** The file checked, or a domain error on {@code field}; an empty upload field gives empty. */
	public Optional<Checked> check(MultipartFile file, String field) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(check(file.getOriginalFilename(), file.getBytes(), field));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Checked check(String originalName, byte[] content, String field) {
		if (content.length > this.maxSize.toBytes()) {
			throw DomainException.onField(field, "evidence.tooLarge", this.maxSize.toMegabytes());
		}
		String name = originalName == null ? "" : originalName;
		Type type = Type.ofName(name).filter(t -> t.matches(content))
			.orElseThrow(() -> DomainException.onField(field, "evidence.type"));
		return new Checked(safeName(name, type), type, content);
	}

	/** "Báo cáo tháng 4/2024 (bản ký).pdf" → "Bao-cao-thang-4-2024-ban-ky.pdf": no path, no quotes, ASCII only. */
	public static String safeName(String name, Type type) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		base = dot > 0 ? base.substring(0, dot) : base;
		base = Normalizer.normalize(base.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (base.isEmpty()) {
			base = "tep";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + "." + type.extensions[0];
	}

}
