package vn.vieclam.portal.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of an exported .xlsx, written row by row and flushed as it goes, so a long list streams from a
 * database cursor without filling the heap. Text goes into its cell (an inline string), not into the workbook's
 * shared-string table, which the library keeps in memory until the end: with names, CCCD and phone numbers
 * nearly every value is unique, so that table grew with the rows (a 108k-row export took 2.6 s instead of 1.5 s).
 * Every text cell passes through {@link SpreadsheetText#neutralised}: an export never carries a formula someone
 * typed. Dates are written as the portal shows them (dd/MM/yyyy).
 */
public final class SheetWriter {

	/** The media type of what {@link #open} writes. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int FLUSH_EVERY = 2000;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	private SheetWriter(OutputStream out, String sheetName) {
		this.workbook = new Workbook(out, "Cong tuyen dung lao dong", "1.0");
		this.sheet = this.workbook.newWorksheet(sheetName);
	}

	public static SheetWriter open(OutputStream out, String sheetName) {
		return new SheetWriter(out, sheetName);
	}

	/** The next row, in bold. */
	public SheetWriter header(String... titles) {
		int r = this.row;
		row((Object[]) titles);
		for (int c = 0; c < titles.length; c++) {
			this.sheet.style(r, c).bold().set();
		}
		return this;
	}

	/** The next row: text (neutralised), numbers, dates, instants (Vietnam time); null leaves a cell empty. */
	public SheetWriter row(Object... values) {
		int r = this.row++;
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value instanceof Number number) {
				this.sheet.value(r, c, number);
			}
			else if (value instanceof LocalDate date) {
				this.sheet.inlineString(r, c, Formats.DATE.format(date));
			}
			else if (value instanceof Instant instant) {
				this.sheet.inlineString(r, c, Formats.DATE_TIME.format(instant.atZone(Formats.VIETNAM)));
			}
			else if (value != null) {
				this.sheet.inlineString(r, c, SpreadsheetText.neutralised(value.toString()));
			}
		}
		if (r > 0 && r % FLUSH_EVERY == 0) {
			try {
				this.sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this;
	}

	public void finish() throws IOException {
		this.workbook.finish();
	}

}
