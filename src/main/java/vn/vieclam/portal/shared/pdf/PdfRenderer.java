package vn.vieclam.portal.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printable documents: a Thymeleaf template (written as XHTML, since the PDF engine reads XML) rendered to
 * PDF with DejaVu Sans embedded, so Vietnamese diacritics print on any machine. Templates refer to the font
 * family {@code "DejaVu Sans"} and may link stylesheets relative to {@code classpath:pdf/}; {@code @bean} references and {@code #{...}} messages work as in pages, links
 * ({@code @{...}}) do not, as there is no request.
 */
@Component
public class PdfRenderer {

	public static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	PdfRenderer(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	public byte[] render(String templateName, Map<String, Object> model, Locale locale) {
		Context ctx = new Context(locale, model);
		ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		String xhtml = this.templates.process(templateName, ctx);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			// relative links (stylesheets under classpath:pdf/) resolve against the classpath
			builder.withHtmlContent(xhtml, new ClassPathResource("pdf/").getURL().toExternalForm());
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
