package vn.vieclam.portal.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable documents: a Thymeleaf template (well-formed XHTML, no {@code @{...}} links since there is no
 * request; stylesheets linked relative to {@code static/}) rendered to PDF with DejaVu Sans embedded, so Vietnamese letters with their diacritics come out
 * right on any printer. Templates use {@code font-family: 'DejaVu Sans'}.
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String templateName, Map<String, Object> model, Locale locale) {
		String html = this.templates.process(templateName, new Context(locale, model));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			// Relative links (a template's stylesheet) resolve against the static resources.
			builder.withHtmlContent(html, new ClassPathResource("static/").getURL().toExternalForm());
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static java.io.InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
