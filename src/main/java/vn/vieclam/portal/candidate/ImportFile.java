package vn.vieclam.portal.candidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.Formats;

/**
 * Reads an uploaded list safely, or refuses it with a message for the file field. Nothing here trusts the file
 * name or what a zip says about itself: the bytes decide whether it is a workbook or text, every part of a
 * workbook is inflated once under a byte budget (a zip bomb stops at the budget, not when memory runs out) and
 * searched for DTD declarations before the spreadsheet parser sees it, and a CSV must be UTF-8 text.
 */
final class ImportFile {

	/** A centre's whole list of 100,000 candidates fits: about 6 MB as .xlsx, 12 MB as CSV. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	static final int MAX_ROWS = 100_000;

	/** Budget for all parts of a workbook once inflated, and the largest inflation ratio of a sizeable part. */
	static final long MAX_UNCOMPRESSED = 100L * 1024 * 1024;

	static final int MAX_RATIO = 100;

	/** Parts smaller than this may compress as well as they like: they cannot hurt. */
	private static final long RATIO_APPLIES_FROM = 1024 * 1024;

	private static final int MAX_ENTRIES = 1_000;

	private static final int MAX_COLUMNS = 100;

	private static final int MAX_CELL_CHARS = 1_000;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** An OLE2 container: an old .xls, or an .xlsx protected by a password (Office encrypts into OLE2). */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** Formats that are sometimes renamed to .csv and whose first bytes can pass as text. */
	private static final List<byte[]> BINARY_SIGNATURES = List.of(bytes("%PDF-"), bytes("MZ"), ZIP, OLE2,
			bytes("\u007fELF"), new byte[] { (byte) 0x89, 'P', 'N', 'G' }, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
			bytes("GIF8"), bytes("{\\rtf"), bytes("Rar!"), new byte[] { 0x1F, (byte) 0x8B }, bytes("7z"));

	private static final Pattern DATE_FORMAT_NOISE = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");

	enum Kind {

		XLSX, CSV

	}

	/** A data row: its number as the spreadsheet shows it, and its cells (text, numbers, or null when blank). */
	record Row(int number, List<Object> cells) {
	}

	/** The header row's texts and every non-blank data row below it. */
	record Table(Kind kind, List<String> headers, List<Row> rows) {
	}

	private ImportFile() {
	}

	/** Refuses files whose name is neither .xlsx nor .csv, before anything is read. */
	static Kind kindOf(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
		if (name.endsWith(".xlsx")) {
			return Kind.XLSX;
		}
		if (name.endsWith(".csv")) {
			return Kind.CSV;
		}
		throw refused("import.file.type");
	}

	static Table read(String fileName, byte[] bytes) {
		Kind kind = kindOf(fileName);
		if (bytes.length == 0) {
			throw refused("import.file.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("import.file.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		return kind == Kind.XLSX ? readWorkbook(bytes) : readCsv(bytes);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Workbooks

	private static Table readWorkbook(byte[] bytes) {
		if (startsWith(bytes, OLE2)) {
			throw refused("import.file.xlsxProtected");
		}
		if (!startsWith(bytes, ZIP)) {
			throw refused("import.file.notXlsx");
		}
		inspectPackage(bytes);
		ReadingOptions withFormats = new ReadingOptions(true, false); // formats tell date cells from numbers
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), withFormats);
				Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
			Collector collector = new Collector(Kind.XLSX);
			Iterator<org.dhatim.fastexcel.reader.Row> iterator = rows.iterator();
			while (iterator.hasNext()) {
				org.dhatim.fastexcel.reader.Row row = iterator.next();
				int width = Math.min(row.getCellCount(), MAX_COLUMNS);
				List<Object> cells = new ArrayList<>(width);
				for (int c = 0; c < width; c++) {
					cells.add(value(row.getCell(c)));
				}
				collector.add(row.getRowNum(), cells);
			}
			return collector.table();
		}
		catch (DomainException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw refused("import.file.unreadable");
		}
	}

	/**
	 * The checks a workbook passes before it is parsed: a real OOXML spreadsheet package ([Content_Types].xml and
	 * xl/workbook.xml), no zip bomb (sizes as declared, then as actually inflated), no DTD in any part.
	 */
	private static void inspectPackage(byte[] bytes) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			List<ZipArchiveEntry> entries = new ArrayList<>();
			Set<String> names = new HashSet<>();
			long declared = 0;
			for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
				ZipArchiveEntry entry = e.nextElement();
				if (entries.size() >= MAX_ENTRIES || !names.add(entry.getName())) {
					throw refused("import.file.notXlsx"); // duplicate names let two readers see two different files
				}
				entries.add(entry);
				if (entry.getSize() > 0) {
					declared += entry.getSize();
					if (declared > MAX_UNCOMPRESSED || tooCompressed(entry.getSize(), entry.getCompressedSize())) {
						throw refused("import.file.bomb", MAX_UNCOMPRESSED / 1024 / 1024, MAX_RATIO);
					}
				}
			}
			if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
				throw refused("import.file.notXlsx");
			}
			long[] inflated = { 0 };
			for (ZipArchiveEntry entry : entries) {
				if (entry.isDirectory()) {
					continue;
				}
				if (!zip.canReadEntryData(entry)) {
					throw refused("import.file.notXlsx"); // encrypted or an unsupported compression method
				}
				try (InputStream in = zip.getInputStream(entry)) {
					scan(entry, in, inflated);
				}
			}
		}
		catch (DomainException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw refused("import.file.notXlsx");
		}
	}

	/**
	 * Inflates one part under the budget and, when it is XML, refuses a DTD: "<!" followed by a letter
	 * ("<!DOCTYPE", "<!ENTITY"; comments and CDATA start "<!-" and "<!["). A part is XML when its name says so or
	 * when its first bytes do, whatever [Content_Types].xml claims. UTF-16 and UTF-32 would hide "<!DOCTYPE" from a
	 * byte scan, so a part that looks like wide XML, or an XML part with a NUL byte, is refused (Excel writes UTF-8).
	 */
	private static void scan(ZipArchiveEntry entry, InputStream in, long[] inflated) throws IOException {
		byte[] head = in.readNBytes(4);
		if (looksLikeWideXml(head)) {
			throw refused("import.file.notXlsx");
		}
		boolean xml = isXmlPart(entry.getName()) || looksLikeXml(head);
		long size = 0;
		int previous = -1; // the two bytes before the current one, so "<!" split across reads is still seen
		int beforePrevious = -1;
		byte[] buffer = new byte[64 * 1024];
		System.arraycopy(head, 0, buffer, 0, head.length);
		for (int n = head.length; n > 0; n = in.read(buffer)) {
			size += n;
			inflated[0] += n;
			if (inflated[0] > MAX_UNCOMPRESSED || (entry.getSize() >= 0 && size > entry.getSize())
					|| tooCompressed(size, entry.getCompressedSize())) {
				throw refused("import.file.bomb", MAX_UNCOMPRESSED / 1024 / 1024, MAX_RATIO);
			}
			for (int i = 0; xml && i < n; i++) {
				int b = buffer[i];
				if (b == 0) {
					throw refused("import.file.notXlsx");
				}
				if (beforePrevious == '<' && previous == '!' && isAsciiLetter(b)) {
					throw refused("import.file.xmlEntities");
				}
				beforePrevious = previous;
				previous = b;
			}
		}
	}

	/** Byte order marks of UTF-16 and UTF-32, or "<" next to a NUL. */
	private static boolean looksLikeWideXml(byte[] head) {
		if (head.length < 2) {
			return false;
		}
		int a = head[0] & 0xFF;
		int b = head[1] & 0xFF;
		return (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || (a == '<' && b == 0) || (a == 0 && b == '<');
	}

	/** The first byte after a UTF-8 byte order mark and white space is "<" (or there is none yet). */
	private static boolean looksLikeXml(byte[] head) {
		for (byte value : head) {
			int b = value & 0xFF;
			if (b != 0xEF && b != 0xBB && b != 0xBF && !Character.isWhitespace(b)) {
				return b == '<';
			}
		}
		return true;
	}

	private static boolean isXmlPart(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
	}

	private static boolean tooCompressed(long size, long compressed) {
		return size > RATIO_APPLIES_FROM && (compressed <= 0 || size / compressed > MAX_RATIO);
	}

	private static boolean isAsciiLetter(int b) {
		return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
	}

	/** A cell as the import stores it: text, a number, or a date cell as dd/MM/yyyy text; null when blank. */
	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getType();
		switch (type) {
			case EMPTY:
				return null;
			case NUMBER:
				if (isDateFormat(cell)) {
					return Formats.DATE.format(cell.asDate().toLocalDate());
				}
				return cell.asNumber();
			case FORMULA:
			case ERROR:
				return trimmed(cell.getRawValue());
			case BOOLEAN:
				return String.valueOf(cell.asBoolean());
			default:
				return trimmed(cell.asString());
		}
	}

	private static boolean isDateFormat(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id != null && ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))) {
			return true;
		}
		String format = cell.getDataFormatString();
		if (format == null) {
			return false;
		}
		String bare = DATE_FORMAT_NOISE.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
		return bare.contains("d") || bare.contains("y");
	}

	// ---------------------------------------------------------------------------------------------------------
	// CSV

	/** UTF-8 text (with or without a byte order mark), comma- or semicolon-separated, quotes as in RFC 4180. */
	private static Table readCsv(byte[] bytes) {
		for (byte[] signature : BINARY_SIGNATURES) {
			if (startsWith(bytes, signature)) {
				throw refused("import.file.notCsv");
			}
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// Either binary, or a CSV saved in a legacy code page ("CSV" rather than "CSV UTF-8" in Excel).
			throw refused(containsNul(bytes) ? "import.file.notCsv" : "import.file.notUtf8");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				throw refused("import.file.notCsv");
			}
		}
		return new CsvReader(text).read();
	}

	/** One pass over the text; a quoted field may hold separators, line breaks and doubled quotes. */
	private static final class CsvReader {

		private final String text;

		private final char separator;

		private int position;

		CsvReader(String text) {
			this.text = text;
			this.separator = separatorOf(text);
		}

		Table read() {
			Collector collector = new Collector(Kind.CSV);
			int record = 0;
			while (this.position < this.text.length()) {
				record++;
				collector.add(record, next(record));
			}
			return collector.table();
		}

		private List<Object> next(int record) {
			List<Object> cells = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			while (this.position < this.text.length()) {
				char c = this.text.charAt(this.position++);
				if (quoted) {
					if (c == '"') {
						if (this.position < this.text.length() && this.text.charAt(this.position) == '"') {
							field.append('"');
							this.position++;
						}
						else {
							quoted = false;
						}
					}
					else {
						append(field, c);
					}
				}
				else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
					quoted = true;
					wasQuoted = true;
					field.setLength(0);
				}
				else if (c == this.separator) {
					addCell(cells, field);
					wasQuoted = false;
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && this.position < this.text.length() && this.text.charAt(this.position) == '\n') {
						this.position++;
					}
					addCell(cells, field);
					return cells;
				}
				else {
					append(field, c);
				}
			}
			if (quoted) {
				throw refused("import.file.csvQuote", record);
			}
			addCell(cells, field);
			return cells;
		}

		private static void append(StringBuilder field, char c) {
			if (field.length() < MAX_CELL_CHARS) {
				field.append(c);
			}
		}

		private static void addCell(List<Object> cells, StringBuilder field) {
			if (cells.size() < MAX_COLUMNS) {
				cells.add(trimmed(field.toString()));
			}
			field.setLength(0);
		}

		/** The separator of the header line: whichever of ';' and ',' it uses more, outside quotes. */
		private static char separatorOf(String text) {
			int commas = 0;
			int semicolons = 0;
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					break;
				}
				else if (!quoted && c == ',') {
					commas++;
				}
				else if (!quoted && c == ';') {
					semicolons++;
				}
			}
			return semicolons > commas ? ';' : ',';
		}

	}

	// ---------------------------------------------------------------------------------------------------------

	/**
	 * Finds the header row and collects the data rows below it, skipping blank rows and enforcing the row limit as
	 * it reads. Centres' lists often start with a title ("DANH SÁCH NGƯỜI LAO ĐỘNG ĐĂNG KÝ…") and may number the
	 * columns in a row under the headers ("(1)", "(2)", …): the header is the first of the first rows that has two
	 * usual headings (else the first non-blank row), and a numbering row right under it is not data.
	 */
	private static final class Collector {

		private static final int HEADER_SEARCH_ROWS = 20;

		private static final Pattern COLUMN_NUMBER = Pattern.compile("[(\\[]?\\d{1,3}[)\\]]?");

		private final Kind kind;

		private final List<Row> leading = new ArrayList<>();

		private List<String> headers;

		private final List<Row> rows = new ArrayList<>();

		Collector(Kind kind) {
			this.kind = kind;
		}

		void add(int number, List<Object> cells) {
			if (cells.stream().allMatch(c -> c == null)) {
				return;
			}
			if (this.headers != null) {
				addData(number, cells);
				return;
			}
			if (knownHeadings(cells) >= 2) {
				header(cells);
				return;
			}
			this.leading.add(new Row(number, cells));
			if (this.leading.size() == HEADER_SEARCH_ROWS) {
				noUsualHeadings();
			}
		}

		Table table() {
			if (this.headers == null && !this.leading.isEmpty()) {
				noUsualHeadings();
			}
			if (this.headers == null || this.rows.isEmpty()) {
				throw refused("import.file.noRows");
			}
			return new Table(this.kind, this.headers, List.copyOf(this.rows));
		}

		/** The first non-blank row is the header after all; the rows read after it are data. */
		private void noUsualHeadings() {
			List<Row> read = List.copyOf(this.leading);
			this.leading.clear();
			header(read.get(0).cells());
			read.subList(1, read.size()).forEach(row -> addData(row.number(), row.cells()));
		}

		private void header(List<Object> cells) {
			int width = cells.size();
			while (width > 0 && cells.get(width - 1) == null) {
				width--;
			}
			this.headers = cells.subList(0, width).stream().map(c -> c == null ? "" : ImportText.text(c)).toList();
			this.leading.clear();
		}

		private void addData(int number, List<Object> cells) {
			List<Object> row = new ArrayList<>(cells.subList(0, Math.min(cells.size(), this.headers.size())));
			if (row.stream().allMatch(c -> c == null)) {
				return; // values only in columns without a header: nothing a mapping could use
			}
			List<Object> filled = row.stream().filter(c -> c != null).toList();
			if (this.rows.isEmpty() && filled.size() > 1
					&& filled.stream().allMatch(c -> COLUMN_NUMBER.matcher(ImportText.text(c)).matches())) {
				return; // "(1) (2) (3) …" under the headers
			}
			if (this.rows.size() >= MAX_ROWS) {
				throw refused("import.file.tooManyRows", MAX_ROWS);
			}
			this.rows.add(new Row(number, row));
		}

		private static long knownHeadings(List<Object> cells) {
			return cells.stream()
				.filter(c -> c != null)
				.map(c -> ImportText.headerKey(ImportText.text(c)))
				.filter(key -> Arrays.stream(ImportField.values()).anyMatch(f -> f.knownHeading(key)))
				.count();
		}

	}

	private static Object trimmed(String text) {
		if (text == null) {
			return null;
		}
		String value = text.replace('\u00a0', ' ').strip();
		if (value.length() > MAX_CELL_CHARS) {
			value = value.substring(0, MAX_CELL_CHARS);
		}
		return value.isEmpty() ? null : value;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsNul(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static byte[] bytes(String ascii) {
		return ascii.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static DomainException refused(String key, Object... args) {
		return DomainException.onField("file", key, args);
	}

}
