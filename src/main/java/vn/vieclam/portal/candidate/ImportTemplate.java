package vn.vieclam.portal.candidate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workbook centres download to fill in: Vietnamese headers that the mapping page recognises, one example
 * row, and a second sheet that explains each column. It is always in Vietnamese: the lists it carries are.
 */
@Component
class ImportTemplate {

	static final String FILE_NAME = "mau-danh-sach-nguoi-lao-dong.xlsx";

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Lines of the explanation sheet (import.template.help.1 …). */
	private static final int HELP_LINES = 9;

	private final MessageSource messages;

	ImportTemplate(MessageSource messages) {
		this.messages = messages;
	}

	void write(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Portal", "1.0");
		Worksheet sheet = workbook.newWorksheet(message("import.template.sheet"));
		ImportField[] fields = ImportField.values();
		for (int c = 0; c < fields.length; c++) {
			sheet.value(0, c, message(fields[c].getLabelKey()));
			sheet.width(c, c == 0 || c == 7 ? 28 : 18);
		}
		sheet.range(0, 0, 0, fields.length - 1).style().bold().fillColor("DCE6F1").wrapText(true).set();
		// Typed as text, a CCCD or a phone number keeps its leading zero.
		sheet.style(ImportField.NATIONAL_ID.ordinal()).format("@").set();
		sheet.style(ImportField.PHONE.ordinal()).format("@").set();
		sheet.freezePane(0, 1);
		// The example: a Tày worker from Lạng Sơn, with a CCCD whose province, century, gender and year agree.
		sheet.value(1, ImportField.FULL_NAME.ordinal(), "Hoàng Văn Nam");
		sheet.value(1, ImportField.BIRTH_DATE.ordinal(), LocalDate.of(1998, 8, 15));
		sheet.style(1, ImportField.BIRTH_DATE.ordinal()).format("dd/mm/yyyy").set();
		sheet.value(1, ImportField.GENDER.ordinal(), "Nam");
		sheet.value(1, ImportField.NATIONAL_ID.ordinal(), "020098001234");
		sheet.value(1, ImportField.PHONE.ordinal(), "0912 345 678");
		sheet.value(1, ImportField.PROVINCE.ordinal(), "Lạng Sơn");
		sheet.value(1, ImportField.COMMUNE.ordinal(), "Đông Kinh");
		sheet.value(1, ImportField.ADDRESS.ordinal(), "Thôn Nà Thí");
		sheet.value(1, ImportField.SKILL_LEVEL.ordinal(), "Lao động phổ thông");
		sheet.value(1, ImportField.OCCUPATIONS.ordinal(), "82, 93");
		sheet.value(1, ImportField.DESIRED_WAGE.ordinal(), "7.500.000");
		sheet.value(1, ImportField.PRIORITY_GROUPS.ordinal(), "Dân tộc thiểu số");
		sheet.finish();
		Worksheet help = workbook.newWorksheet(message("import.template.helpSheet"));
		help.width(0, 110);
		help.value(0, 0, message("import.template.help.title"));
		help.style(0, 0).bold().set();
		for (int line = 1; line <= HELP_LINES; line++) {
			help.value(line + 1, 0, message("import.template.help." + line));
		}
		help.finish();
		workbook.finish();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}
