package vn.vieclam.portal.candidate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vieclam.portal.account.PortalUser;
import vn.vieclam.portal.shared.DomainException;
import vn.vieclam.portal.shared.NotFoundException;
import vn.vieclam.portal.shared.audit.AuditAction;
import vn.vieclam.portal.shared.audit.AuditLog;

/**
 * Imports of candidate lists from a centre's spreadsheets: upload, map the columns, preview every row, commit
 * all or nothing (or, when the user says so, only the valid rows), undo a whole commit while nobody has worked
 * with its candidates yet. Candidates are created only through {@link Candidates#registerAll} (what {@link Candidates#register} does, a chunk at a time), with the consent the
 * staff member confirmed on upload. A centre sees only its own batches; another centre's batch is not found.
 */
@Service
@Transactional
class Imports {

	/** Candidates registered together (one JDBC batch each for candidates, occupations and duplicate flags). */
	private static final int REGISTER_EVERY = 1_000;

	/** Parsed rows kept in memory before they are written back (one JDBC batch). */
	private static final int SAVE_EVERY = 1_000;

	private final Candidates candidates;

	private final ImportQueries queries;

	private final ImportRowParser parser;

	private final AuditLog audit;

	Imports(Candidates candidates, ImportQueries queries, ImportRowParser parser, AuditLog audit) {
		this.candidates = candidates;
		this.queries = queries;
		this.parser = parser;
		this.audit = audit;
	}

	/** The mapping page's content: the batch, the column chosen for each field, the first rows as examples. */
	record MappingPage(ImportBatch batch, Map<ImportField, Integer> selected, List<List<String>> samples) {
	}

	@Transactional(readOnly = true)
	Long centreOf(PortalUser staff) {
		return this.candidates.centreOf(staff);
	}

	/** Keeps a file that {@link ImportFile} has read: a batch waiting for its mapping. */
	Long upload(PortalUser staff, String fileName, ImportFile.Table table, boolean consentSharing) {
		Long centre = centreOf(staff);
		Long id = this.queries.insertBatch(centre, staff.getUsername(), fileName, table, consentSharing,
				Consent.CURRENT_NOTICE);
		this.queries.insertRows(id, table.rows());
		this.audit.record(AuditAction.CREATE, "ImportBatch", id,
				Map.of("fileName", fileName, "rows", table.rows().size(), "consentSharing", consentSharing), null);
		return id;
	}

	@Transactional(readOnly = true)
	ImportBatch batch(PortalUser staff, Long id) {
		ImportBatch batch = this.queries.batch(id).orElseThrow(() -> new NotFoundException("import batch", id));
		if (!batch.centreId().equals(centreOf(staff))) {
			throw new NotFoundException("import batch", id);
		}
		return batch;
	}

	@Transactional(readOnly = true)
	Page<ImportBatch> batches(PortalUser staff, Pageable pageable) {
		return this.queries.batches(centreOf(staff), pageable);
	}

	/**
	 * The columns to pre-select: the batch's own mapping once it has one; otherwise the headers this centre mapped
	 * last time, then the usual Vietnamese headings.
	 */
	@Transactional(readOnly = true)
	MappingPage mapping(PortalUser staff, Long id) {
		ImportBatch batch = batch(staff, id);
		Map<ImportField, Integer> selected = batch.mapping().isEmpty()
				? suggest(batch.headers(), this.queries.rememberedMapping(batch.centreId())) : batch.mapping();
		List<List<String>> samples = this.queries.firstRows(id, 3).stream()
			.map(cells -> cells.stream().map(c -> {
				String text = ImportText.text(c);
				return text == null ? "" : text;
			}).toList())
			.toList();
		return new MappingPage(batch, selected, samples);
	}

	static Map<ImportField, Integer> suggest(List<String> headers, Map<ImportField, String> remembered) {
		Map<ImportField, Integer> selected = new EnumMap<>(ImportField.class);
		Set<Integer> used = new HashSet<>();
		remembered.forEach((field, header) -> {
			String key = ImportText.headerKey(header);
			for (int i = 0; i < headers.size(); i++) {
				if (!used.contains(i) && !key.isEmpty() && ImportText.headerKey(headers.get(i)).equals(key)) {
					selected.put(field, i);
					used.add(i);
					return;
				}
			}
		});
		for (ImportField field : ImportField.values()) {
			if (selected.containsKey(field)) {
				continue;
			}
			for (int i = 0; i < headers.size(); i++) {
				if (!used.contains(i) && field.knownHeading(ImportText.headerKey(headers.get(i)))) {
					selected.put(field, i);
					used.add(i);
					break;
				}
			}
		}
		return selected;
	}

	/** What is wrong with a mapping, by field (empty when it can be applied). */
	static Map<ImportField, String> mappingProblems(ImportBatch batch, Map<ImportField, Integer> mapping) {
		Map<ImportField, String> problems = new EnumMap<>(ImportField.class);
		Map<Integer, ImportField> columns = new LinkedHashMap<>();
		for (ImportField field : ImportField.values()) {
			Integer column = mapping.get(field);
			if (column == null) {
				if (field.required()) {
					problems.put(field, "import.mapping.required");
				}
				continue;
			}
			if (column < 0 || column >= batch.headers().size()) {
				problems.put(field, "import.mapping.unknownColumn");
			}
			else if (columns.putIfAbsent(column, field) != null) {
				problems.put(field, "import.mapping.twice");
			}
		}
		if (!mapping.containsKey(ImportField.NATIONAL_ID) && !mapping.containsKey(ImportField.PHONE)) {
			problems.putIfAbsent(ImportField.PHONE, "import.mapping.identity");
		}
		return problems;
	}

	/**
	 * Reads every row under the mapping, finds duplicates in the registry and within the file, and remembers the
	 * mapping for this centre's next file. May be done again, with another mapping, until the commit.
	 */
	void applyMapping(PortalUser staff, Long id, Map<ImportField, Integer> mapping) {
		ImportBatch batch = batch(staff, id);
		batch.requireMappable();
		if (!mappingProblems(batch, mapping).isEmpty()) {
			throw new DomainException("import.mapping.invalid");
		}
		Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
		mapping.forEach((field, column) -> {
			if (!batch.header(column).isBlank()) {
				headers.put(field, batch.header(column));
			}
		});
		this.queries.rememberMapping(batch.centreId(), headers, staff.getUsername());
		ImportRowParser.Lookups lookups = this.parser.lookups();
		// Parsed in one streaming pass and saved a chunk at a time: a 100,000-row file never sits in memory twice.
		Map<Integer, ImportRowParser.Parsed> parsed = new LinkedHashMap<>();
		this.queries.eachRow(id, (number, cells) -> {
			parsed.put(number, this.parser.parse(mapping, cells, lookups));
			if (parsed.size() == SAVE_EVERY) {
				this.queries.saveParsed(id, parsed);
				parsed.clear();
			}
		});
		this.queries.saveParsed(id, parsed);
		this.queries.flagDuplicates(id, batch.centreId());
		if (this.queries.previewed(id, mapping) == 0) {
			throw new DomainException("import.batch.closed");
		}
	}

	@Transactional(readOnly = true)
	Page<ImportRowView> rows(PortalUser staff, Long id, ImportRowFilter filter, Pageable pageable) {
		batch(staff, id);
		return this.queries.rows(id, filter, pageable);
	}

	/**
	 * Registers the batch's rows in one transaction: every row, or with {@code validOnly} every row without errors.
	 * If the registry refuses any row, nothing is registered.
	 */
	int commit(PortalUser staff, Long id, boolean validOnly) {
		ImportBatch batch = batch(staff, id);
		batch.requireCommittable(validOnly);
		if (!this.queries.commitStarted(id, staff.getUsername())) {
			throw new DomainException("import.batch.closed");
		}
		Consent consent = new Consent(true, batch.consentSharing(), batch.consentNotice());
		Map<Integer, Long> created = new LinkedHashMap<>();
		List<Integer> numbers = new ArrayList<>(REGISTER_EVERY);
		List<CandidateDetails> chunk = new ArrayList<>(REGISTER_EVERY);
		this.queries.eachValidRow(id, (number, values) -> {
			numbers.add(number);
			chunk.add(values.toDetails());
			if (chunk.size() == REGISTER_EVERY) {
				register(staff, id, numbers, chunk, consent, created);
			}
		});
		register(staff, id, numbers, chunk, consent, created);
		this.queries.committed(id, created);
		this.audit.record(AuditAction.UPDATE, "ImportBatch", id,
				Map.of("status", ImportStatus.COMMITTED.name(), "imported", created.size(), "validOnly", validOnly), null);
		return created.size();
	}

	/** One chunk through {@link Candidates#registerAll}; a refusal names the file's row. */
	private void register(PortalUser staff, Long batchId, List<Integer> numbers, List<CandidateDetails> chunk,
			Consent consent, Map<Integer, Long> created) {
		List<Long> ids;
		try {
			ids = this.candidates.registerAll(staff, chunk, consent, "IMPORT", batchId);
		}
		catch (Candidates.Refused ex) {
			throw new DomainException("import.commit.rowRefused", numbers.get(ex.index()),
					new DefaultMessageSourceResolvable(new String[] { ex.reason().messageKey() }, ex.reason().arguments()));
		}
		for (int i = 0; i < ids.size(); i++) {
			created.put(numbers.get(i), ids.get(i));
		}
		numbers.clear();
		chunk.clear();
	}

	/**
	 * Removes a committed batch's candidates, all of them or none: refused when any has been changed, referred,
	 * counselled or had a duplicate decided since (the centre has started working with them).
	 */
	int undo(PortalUser staff, Long id) {
		ImportBatch batch = batch(staff, id);
		batch.requireUndoable();
		this.queries.lockCandidates(id);
		int changed = this.queries.changedSinceCommit(id);
		if (changed > 0) {
			throw new DomainException("import.undo.changed", changed);
		}
		if (!this.queries.undoStarted(id, staff.getUsername())) {
			throw new DomainException("import.undo.notCommitted");
		}
		int removed = this.queries.deleteCandidates(id, batch.centreId());
		this.queries.deleteRows(id);
		this.audit.record(AuditAction.DELETE, "ImportBatch", id,
				Map.of("status", ImportStatus.UNDONE.name(), "candidatesRemoved", removed), null);
		return removed;
	}

	/** Drops a batch that will not be committed, with its rows. */
	void discard(PortalUser staff, Long id) {
		ImportBatch batch = batch(staff, id);
		batch.requireDiscardable();
		if (!this.queries.discarded(id)) {
			throw new DomainException("import.batch.closed");
		}
		this.queries.deleteRows(id);
		this.audit.record(AuditAction.UPDATE, "ImportBatch", id, Map.of("status", ImportStatus.DISCARDED.name()), null);
	}

}
