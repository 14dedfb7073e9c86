package vn.vieclam.portal.candidate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import batches and their rows in PostgreSQL. Rows are written and read in bulk (a file may have 20,000);
 * duplicate warnings for a whole file are found by one statement; pages of the preview are paged in SQL.
 */
@Repository
class ImportQueries {

	/** Numbers in cells stay exact (a CCCD typed as a number is twelve digits, not 2.0095E11). */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final int CHUNK = 1_000;

	private static final String BATCH_COLUMNS = """
			select id, centre_id, created_by, file_name, file_kind, headers, mapping, consent_sharing, consent_notice,
			       total_rows, valid_rows, error_rows, duplicate_rows, imported_rows, status, created_at, previewed_at,
			       committed_at, committed_by, undone_at, undone_by
			from import_batch""";

	/**
	 * Possible duplicates of each row: in the registry of any centre (same CCCD, same phone, or same folded name and
	 * birth date, as {@link CandidateQueries#possibleDuplicates} has it) — named by centre only — and within the file
	 * (the first other row). Each kind of match is its own join, so each uses its index.
	 */
	private static final String FLAG_DUPLICATES = """
			with r as (
			  select row_number, parsed->>'nationalId' as national_id, parsed->>'phone' as phone,
			         fold(parsed->>'fullName') as name_fold, cast(parsed->>'birthDate' as date) as birth_date
			  from import_row where batch_id = :batch and parsed is not null
			),
			found as (
			  select r.row_number, 'NATIONAL_ID' as reason, c.centre_id, cast(null as int) as other_row
			  from r join candidate c on c.national_id = r.national_id and c.erased_at is null
			  union
			  select r.row_number, 'PHONE', c.centre_id, null
			  from r join candidate c on c.phone = r.phone and c.erased_at is null
			  union
			  select r.row_number, 'NAME_BIRTH_DATE', c.centre_id, null
			  from r join candidate c on c.name_fold = r.name_fold and c.birth_date = r.birth_date and c.erased_at is null
			  union
			  select a.row_number, 'NATIONAL_ID', null, min(b.row_number)
			  from r a join r b on b.national_id = a.national_id and b.row_number <> a.row_number group by a.row_number
			  union
			  select a.row_number, 'PHONE', null, min(b.row_number)
			  from r a join r b on b.phone = a.phone and b.row_number <> a.row_number group by a.row_number
			  union
			  select a.row_number, 'NAME_BIRTH_DATE', null, min(b.row_number)
			  from r a join r b on b.name_fold = a.name_fold and b.birth_date = a.birth_date and b.row_number <> a.row_number
			  group by a.row_number
			),
			w as (
			  select f.row_number,
			         jsonb_agg(jsonb_build_object('reason', f.reason, 'centre', o.name,
			                   'sameCentre', case when f.centre_id is null then null else f.centre_id = :centre end,
			                   'otherRow', f.other_row) order by f.other_row nulls first, o.name, f.reason) as warnings
			  from found f left join organisation o on o.id = f.centre_id
			  group by f.row_number
			)
			update import_row i set warnings = w.warnings from w where i.batch_id = :batch and i.row_number = w.row_number""";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ImportQueries(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	Long insertBatch(Long centreId, String username, String fileName, ImportFile.Table table, boolean sharing,
			String notice) {
		return this.jdbc.queryForObject("""
				insert into import_batch (centre_id, created_by, file_name, file_kind, headers, consent_sharing,
				                          consent_notice, total_rows)
				values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""", Long.class, centreId, username, fileName,
				table.kind().name(), JSON.writeValueAsString(table.headers()), sharing, notice, table.rows().size());
	}

	void insertRows(Long batchId, List<ImportFile.Row> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Object[]> args = new ArrayList<>();
			for (ImportFile.Row row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
				args.add(new Object[] { batchId, row.number(), JSON.writeValueAsString(row.cells()) });
			}
			this.jdbc.batchUpdate("insert into import_row (batch_id, row_number, cells) values (?, ?, cast(? as jsonb))",
					args);
		}
	}

	Optional<ImportBatch> batch(Long id) {
		return this.jdbc.query(BATCH_COLUMNS + " where id = ?", ImportQueries::batch, id).stream().findFirst();
	}

	Page<ImportBatch> batches(Long centreId, Pageable pageable) {
		List<ImportBatch> batches = this.jdbc.query(
				BATCH_COLUMNS + " where centre_id = ? order by created_at desc, id desc limit ? offset ?",
				ImportQueries::batch, centreId, pageable.getPageSize(), pageable.getOffset());
		Long total = this.jdbc.queryForObject("select count(*) from import_batch where centre_id = ?", Long.class,
				centreId);
		return new PageImpl<>(batches, pageable, total == null ? 0 : total);
	}

	/** Every row's cells in file order, read with a cursor rather than all at once. */
	void eachRow(Long batchId, BiConsumer<Integer, List<Object>> consumer) {
		withCursor("select row_number, cells from import_row where batch_id = ? order by row_number", batchId,
				rs -> consumer.accept(rs.getInt(1), cells(rs.getString(2))));
	}

	/** Runs a query of one batch's rows with a cursor, {@link #CHUNK} rows fetched at a time. */
	private void withCursor(String sql, Long batchId, RowCallbackHandler handler) {
		this.jdbc.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			statement.setLong(1, batchId);
			statement.setFetchSize(CHUNK);
			return statement;
		}, handler);
	}

	List<List<Object>> firstRows(Long batchId, int limit) {
		return this.jdbc.query("select cells from import_row where batch_id = ? order by row_number limit ?",
				(rs, i) -> cells(rs.getString(1)), batchId, limit);
	}

	/** Each row's values and errors under the batch's new mapping; warnings are found again afterwards. */
	void saveParsed(Long batchId, Map<Integer, ImportRowParser.Parsed> parsed) {
		if (parsed.isEmpty()) {
			return;
		}
		List<String> values = new ArrayList<>(parsed.size());
		List<String> errors = new ArrayList<>(parsed.size());
		parsed.values().forEach(row -> {
			values.add(JSON.writeValueAsString(row.values()));
			errors.add(JSON.writeValueAsString(row.errors()));
		});
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					update import_row r set parsed = cast(m.parsed as jsonb), errors = cast(m.errors as jsonb), warnings = '[]'
					from unnest(?, ?, ?) as m(row_number, parsed, errors)
					where r.batch_id = ? and r.row_number = m.row_number""");
			statement.setArray(1, connection.createArrayOf("int4", parsed.keySet().toArray()));
			statement.setArray(2, connection.createArrayOf("text", values.toArray()));
			statement.setArray(3, connection.createArrayOf("text", errors.toArray()));
			statement.setLong(4, batchId);
			return statement;
		});
	}

	void flagDuplicates(Long batchId, Long centreId) {
		this.named.update(FLAG_DUPLICATES, new MapSqlParameterSource("batch", batchId).addValue("centre", centreId));
	}

	/** The counts the preview's summary and the list show, and the mapping they were made with. */
	int previewed(Long batchId, Map<ImportField, Integer> mapping) {
		return this.jdbc.update("""
				update import_batch b set status = 'PREVIEWED', previewed_at = now(), mapping = cast(? as jsonb),
				  valid_rows = s.valid, error_rows = s.errors, duplicate_rows = s.duplicates
				from (select count(*) filter (where not has_errors) as valid, count(*) filter (where has_errors) as errors,
				             count(*) filter (where has_warnings) as duplicates
				      from import_row where batch_id = ?) s
				where b.id = ? and b.status in ('UPLOADED', 'PREVIEWED')""", JSON.writeValueAsString(mapping), batchId,
				batchId);
	}

	Page<ImportRowView> rows(Long batchId, ImportRowFilter filter, Pageable pageable) {
		String where = " from import_row where batch_id = ? and " + filter.condition();
		List<ImportRowView> rows = this.jdbc.query(
				"select row_number, parsed, errors, warnings" + where + " order by row_number limit ? offset ?",
				(rs, i) -> new ImportRowView(rs.getInt(1), values(rs.getString(2)), problems(rs.getString(3)),
						warnings(rs.getString(4))),
				batchId, pageable.getPageSize(), pageable.getOffset());
		Long total = this.jdbc.queryForObject("select count(*)" + where, Long.class, batchId);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	/** The rows without errors, with their values, in file order, read with a cursor rather than all at once. */
	void eachValidRow(Long batchId, BiConsumer<Integer, ImportValues> consumer) {
		withCursor("select row_number, parsed from import_row where batch_id = ? and not has_errors order by row_number",
				batchId, rs -> consumer.accept(rs.getInt(1), values(rs.getString(2))));
	}

	/** Moves the batch from one status to the next; false when someone else moved it first. */
	boolean commitStarted(Long batchId, String username) {
		return this.jdbc.update("""
				update import_batch set status = 'COMMITTED', committed_at = now(), committed_by = ?
				where id = ? and status = 'PREVIEWED'""", username, batchId) == 1;
	}

	boolean undoStarted(Long batchId, String username) {
		return this.jdbc.update("""
				update import_batch set status = 'UNDONE', undone_at = now(), undone_by = ?
				where id = ? and status = 'COMMITTED'""", username, batchId) == 1;
	}

	boolean discarded(Long batchId) {
		return this.jdbc.update("""
				update import_batch set status = 'DISCARDED' where id = ? and status in ('UPLOADED', 'PREVIEWED')""",
				batchId) == 1;
	}

	/**
	 * Links each imported row to its candidate (the candidates carry the batch's id from their insert), notes the
	 * candidates' versions (undo checks them), and drops the personal data the rows no longer need: the registry holds it now.
	 */
	void committed(Long batchId, Map<Integer, Long> candidates) {
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					update import_row r set candidate_id = m.id, candidate_version = c.version, cells = '[]', parsed = null,
					  errors = '[]', warnings = '[]'
					from unnest(?, ?) as m(row_number, id) join candidate c on c.id = m.id
					where r.batch_id = ? and r.row_number = m.row_number""");
			statement.setArray(1, connection.createArrayOf("int4", candidates.keySet().toArray()));
			statement.setArray(2, connection.createArrayOf("int8", candidates.values().toArray()));
			statement.setLong(3, batchId);
			return statement;
		});
		this.jdbc.update("delete from import_row where batch_id = ? and candidate_id is null", batchId);
		this.jdbc.update("update import_batch set imported_rows = ? where id = ?", candidates.size(), batchId);
	}

	/** Holds the batch's candidates until the undo ends, so nobody changes one between the check and the delete. */
	void lockCandidates(Long batchId) {
		this.jdbc.queryForList("select id from candidate where import_batch_id = ? for update", Long.class, batchId);
	}

	/**
	 * How many of the batch's candidates have been touched since the commit: edited (their version moved), referred
	 * or otherwise no longer simply seeking, erased, counselled, or a duplicate flag about them decided.
	 */
	int changedSinceCommit(Long batchId) {
		Integer changed = this.jdbc.queryForObject("""
				select count(*) from import_row r left join candidate c on c.id = r.candidate_id
				where r.batch_id = ?
				  and (c.id is null or c.version <> r.candidate_version or c.status <> 'SEEKING' or c.erased_at is not null
				       or exists (select 1 from counselling k where k.candidate_id = c.id)
				       or exists (select 1 from candidate_duplicate d
				                  where (d.candidate_id = c.id or d.other_id = c.id) and d.status <> 'OPEN'))""",
				Integer.class, batchId);
		return changed == null ? 0 : changed;
	}

	/** Deletes the batch's candidates (their occupations go with them) and the open duplicate flags about them. */
	int deleteCandidates(Long batchId, Long centreId) {
		this.jdbc.update("""
				delete from candidate_duplicate d using candidate c
				where c.import_batch_id = ? and c.centre_id = ? and (d.candidate_id = c.id or d.other_id = c.id)""",
				batchId, centreId);
		return this.jdbc.update("delete from candidate where import_batch_id = ? and centre_id = ?", batchId, centreId);
	}

	void deleteRows(Long batchId) {
		this.jdbc.update("delete from import_row where batch_id = ?", batchId);
	}

	/** What this centre's files called each field last time: field → header text. */
	Map<ImportField, String> rememberedMapping(Long centreId) {
		List<String> found = this.jdbc.queryForList("select mapping from import_mapping where centre_id = ?",
				String.class, centreId);
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		if (!found.isEmpty()) {
			Map<String, String> stored = JSON.readValue(found.get(0), new TypeReference<Map<String, String>>() {
			});
			stored.forEach((field, header) -> {
				try {
					mapping.put(ImportField.valueOf(field), header);
				}
				catch (IllegalArgumentException ex) {
					// a field that no longer exists
				}
			});
		}
		return mapping;
	}

	void rememberMapping(Long centreId, Map<ImportField, String> mapping, String username) {
		this.jdbc.update("""
				insert into import_mapping (centre_id, mapping, updated_by) values (?, cast(? as jsonb), ?)
				on conflict (centre_id) do update set mapping = excluded.mapping, updated_by = excluded.updated_by,
				  updated_at = now()""", centreId, JSON.writeValueAsString(mapping), username);
	}

	private static ImportBatch batch(ResultSet rs, int row) throws SQLException {
		String mapping = rs.getString("mapping");
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		if (mapping != null) {
			JSON.readValue(mapping, new TypeReference<Map<ImportField, Integer>>() {
			}).forEach(columns::put);
		}
		return new ImportBatch(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("created_by"),
				rs.getString("file_name"), ImportFile.Kind.valueOf(rs.getString("file_kind")),
				JSON.readValue(rs.getString("headers"), new TypeReference<List<String>>() {
				}), columns, rs.getBoolean("consent_sharing"), rs.getString("consent_notice"), rs.getInt("total_rows"),
				rs.getInt("valid_rows"), rs.getInt("error_rows"), rs.getInt("duplicate_rows"), rs.getInt("imported_rows"),
				ImportStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "previewed_at"),
				instant(rs, "committed_at"), rs.getString("committed_by"), instant(rs, "undone_at"),
				rs.getString("undone_by"));
	}

	private static List<Object> cells(String json) {
		return JSON.readValue(json, new TypeReference<List<Object>>() {
		});
	}

	private static ImportValues values(String json) {
		return json == null ? null : JSON.readValue(json, ImportValues.class);
	}

	private static List<ImportProblem> problems(String json) {
		return JSON.readValue(json, new TypeReference<List<ImportProblem>>() {
		});
	}

	private static List<ImportWarning> warnings(String json) {
		return JSON.readValue(json, new TypeReference<List<ImportWarning>>() {
		});
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
