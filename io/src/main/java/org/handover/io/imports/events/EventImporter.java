package org.handover.io.imports.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.events.EventMapping.DuplicateIds;
import org.handover.io.imports.events.EventMapping.RegionFrom;
import org.handover.io.imports.events.RegionAssigner.Assignment;
import org.handover.io.imports.events.RejectedRows.Findings;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;

/**
 * Imports one event file into the store's events table, all or nothing, leaving an import record.
 * The heavy lifting happens inside DuckDB (see {@link EventSql}); Java resolves the few distinct region
 * names and points, and describes the few rejected rows. Every row read is imported (with or without a
 * region) or rejected with its line, field and reason.
 */
public final class EventImporter {
  private static final int CLOSEST = 3;
  private static final List<String> TEMP_TABLES = List.of(EventSql.TYPED, EventSql.REJECTS, EventSql.SCANS,
      RegionAssigner.NAMES, RegionAssigner.POINTS, "ev_repeats");

  private EventImporter() {}

  /** Strict mode found problems: carries the outcome out of the transaction, which rolls back. */
  private static final class StrictFailure extends RuntimeException {
    final transient Outcome outcome;
    final transient CsvHeader header;

    StrictFailure(Outcome outcome, CsvHeader header) {
      super("strict import refused", null, false, false);
      this.outcome = outcome;
      this.header = header;
    }
  }

  public static ImportReport importFile(Store store, EventImportRequest request) {
    Path file = request.file();
    String fileName = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file + ": no such file", List.of());
    }
    if (request.format() == EventFormat.CSV && request.mappingFile() == null) {
      throw new ImportException(fileName + ": the csv format needs a mapping file (see docs/importing-events.md)", List.of());
    }
    EventMapping m = request.format() == EventFormat.CSV ? MappingFile.read(request.mappingFile())
        : request.format().builtInMapping();
    long importId = store.nextImportId();
    String options = EventImportRecords.options(request, m);
    String[] sha = {null};
    try (SourceText text = SourceText.open(file, m.encoding())) {
      long t = PhaseTimer.phase("start", System.nanoTime());
      // Hash the file and index its records on one core while DuckDB reads it on the others.
      CompletableFuture<RecordIndex> scan = CompletableFuture.supplyAsync(
          () -> RecordIndex.build(text.utf8(), m.delimiter(), !text.transcoded()));
      Staged staged;
      try {
        CsvHeader header = CsvHeader.locate(text.utf8(), fileName, m);
        staged = stage(store, request, m, header, text, fileName, scan, sha, importId, options);
      } catch (RuntimeException e) {
        dropTemporaryTablesQuietly(store);
        sha[0] = sha[0] != null ? sha[0] : hashOf(scan, text, file);
        throw e;
      }
      PhaseTimer.phase("staged", t);
      Outcome o;
      long t0 = System.nanoTime();
      try {
        o = store.inTransaction(c -> {
          long inserted = insert(c, request.theater(), m.source(), importId);
          if (inserted != staged.outcome().imported()) {
            throw new IllegalStateException("inserted " + inserted + " events, expected " + staged.outcome().imported());
          }
          Outcome done = staged.outcome();
          ImportLog.write(c, EventImportRecords.entry(request, sha[0], importId, "committed", options, done),
              done.rejections());
          return done;
        });
      } finally {
        dropTemporaryTablesQuietly(store);
      }
      PhaseTimer.phase("insert and commit", t0);
      writeRejects(request, staged.header(), m, o.findings());
      return new ImportReport(importId, request.format().id(), fileName, sha[0], o.read(), o.imported(),
          o.findings().rows().size(), o.assignment().unassigned(), o.rejections(), o.unknown(), o.notes());
    } catch (StrictFailure f) {
      Outcome o = f.outcome;
      String why = EventImportRecords.strictMessage(fileName, o);
      ImportException error = new ImportException(why, o.rejections());
      suppress(error, EventImportRecords.failure(store, request, sha[0], importId, options, o, why));
      if (request.rejectsFile() != null) {
        writeRejects(request, f.header, m, o.findings());
      }
      throw error;
    } catch (ImportException e) {
      suppress(e, EventImportRecords.failure(store, request, sha[0] != null ? sha[0] : ImportLog.sha256(file), importId,
          options, null, e.getMessage()));
      throw e;
    } catch (RuntimeException e) {
      String why = fileName + ": import failed, nothing imported: " + e.getMessage();
      ImportException error = new ImportException(why, e);
      suppress(error, EventImportRecords.failure(store, request, sha[0] != null ? sha[0] : ImportLog.sha256(file),
          importId, options, null, why));
      throw error;
    }
  }

  private static void suppress(Exception error, RuntimeException alsoFailed) {
    if (alsoFailed != null) {
      error.addSuppressed(alsoFailed);
    }
  }

  /** A staged import ready to be inserted. */
  private record Staged(CsvHeader header, Outcome outcome) {}

  private static String hashOf(CompletableFuture<RecordIndex> scan, SourceText text, Path file) {
    if (!text.transcoded()) {
      try {
        return scan.join().sha256();
      } catch (CompletionException e) {
        // fall through: hash the file on its own
      }
    }
    return ImportLog.sha256(file);
  }

  private static Staged stage(Store store, EventImportRequest request, EventMapping m, CsvHeader header, SourceText text,
      String fileName, CompletableFuture<RecordIndex> scan, String[] sha, long importId, String options) {
    Connection c = store.connection();
    try {
      TheaterRegions theater = TheaterRegions.load(new TheaterReader(store), request.theater());
      if (theater.regions().isEmpty()) {
        throw new ImportException("theater '" + request.theater() + "' has no regions in the store: import its regions"
            + " first", List.of());
      }
      Gazetteer gazetteer = null;
      if (m.regionFrom() == RegionFrom.GAZETTEER) {
        if (request.gazetteer() == null) {
          throw new ImportException(fileName + ": format " + request.format() + " takes regions from place names in '"
              + m.location() + "' and needs a place gazetteer file (place,region)", List.of());
        }
        gazetteer = Gazetteer.read(request.gazetteer(), theater.resolver(), theater.knownNames());
      }
      dropTemporaryTables(c);
      long t = System.nanoTime();
      // Outside the transaction on purpose: a table committed by CTAS numbers its rows 0..n-1 in file
      // order, which is how rejected rows are traced back to their lines. Only the insert is transactional.
      try (Statement s = c.createStatement()) {
        s.execute(EventSql.createTyped(m, EventSql.readCsv(text.utf8(), header.names(), header.line(), m.delimiter())));
      }
      t = PhaseTimer.phase("read, convert, validate", t);
      RecordIndex index = scan.join();
      sha[0] = text.transcoded() ? ImportLog.sha256(request.file()) : index.sha256();
      t = PhaseTimer.phase("hash and index (waited)", t);
      Optional<Long> earlier = earlierImport(store, request.theater(), sha[0]);
      if (earlier.isPresent() && !request.allowDuplicate()) {
        throw new ImportException(fileName + ": the same content (SHA-256 " + sha[0].substring(0, 12) + "...) was"
            + " already imported into theater '" + request.theater() + "' as import " + earlier.get()
            + "; importing it again would count its events twice. Allow it explicitly to import anyway.", List.of());
      }
      Map<Long, Long> repeats = m.id() == null ? Map.of() : RepeatedIds.find(c);
      if (m.duplicateIds() == DuplicateIds.REJECT) {
        RepeatedIds.reject(c, repeats);
      }
      t = PhaseTimer.phase("repeated ids", t);
      Findings findings = RejectedRows.collect(c, m, header, index, fileName, repeats);
      t = PhaseTimer.phase("locate rejected rows", t);
      Assignment a = RegionAssigner.assign(c, m, theater, gazetteer);
      PhaseTimer.phase("assign regions", t);
      RegionResolver resolver = theater.resolver();
      Map<String, List<String>> unknown = new LinkedHashMap<>();
      a.unknownNames().keySet().forEach(n -> unknown.put(n,
          resolver.closest(RegionAssigner.withoutSuffix(m.regionSuffixes(), n), CLOSEST)));
      long read = a.accepted() + findings.rows().size();
      long inFile = findings.dataRecords();
      if (read != inFile) {
        // Never lose a row silently: if DuckDB and the record index disagree, refuse rather than guess.
        throw new IllegalStateException(fileName + ": the file has " + inFile + " records after its header but "
            + read + " were accounted for; nothing imported");
      }
      List<String> notes = new java.util.ArrayList<>(ImportNotes.of(m, request.theater(), read, a.accepted(), findings, a));
      earlier.ifPresent(n -> notes.add("same content (SHA-256) as import " + n + "; imported again as asked"));
      Outcome o = new Outcome(read, a.accepted(), findings, a, unknown,
          a.first() == null ? null : YearMonth.from(a.first()), a.last() == null ? null : YearMonth.from(a.last()), notes);
      if (request.strict() && (!findings.rows().isEmpty() || !unknown.isEmpty())) {
        throw new StrictFailure(o, header);
      }
      return new Staged(header, o);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static long insert(Connection c, String theater, String source, long importId) throws SQLException {
    // The events table has no meaningful row order: let DuckDB write it with all its threads.
    try (Statement s = c.createStatement()) {
      s.execute("SET preserve_insertion_order = false");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO events SELECT ?, ?, t.event_id, t.start_date,"
        + " t.end_date, COALESCE(n.region, p.region), t.latitude, t.longitude, t.location, t.event_type, t.deaths_low,"
        + " t.deaths_best, t.deaths_high, ? FROM " + EventSql.TYPED + " t LEFT JOIN " + RegionAssigner.NAMES
        + " n ON t.region_raw = n.raw LEFT JOIN " + RegionAssigner.POINTS
        + " p ON t.latitude = p.lat AND t.longitude = p.lon WHERE t.problem = 0")) {
      ps.setString(1, theater);
      ps.setString(2, source);
      ps.setLong(3, importId);
      return ps.executeLargeUpdate();
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("RESET preserve_insertion_order");
      }
    }
  }

  private static void dropTemporaryTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : TEMP_TABLES) {
        s.execute("DROP TABLE IF EXISTS temp.main." + t);
      }
    }
  }

  private static void dropTemporaryTablesQuietly(Store store) {
    try {
      dropTemporaryTables(store.connection());
    } catch (SQLException e) {
      // the connection is in trouble already; the original failure is the one to report
    }
  }

  private static Optional<Long> earlierImport(Store store, String theater, String sha) {
    List<String> ids = store.strings("SELECT CAST(import_id AS VARCHAR) FROM imports WHERE theater = ? AND sha256 = ?"
        + " AND status = 'committed' ORDER BY import_id LIMIT 1", theater, sha);
    return ids.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(ids.get(0)));
  }

  private static void writeRejects(EventImportRequest r, CsvHeader header, EventMapping m, Findings f) {
    if (r.rejectsFile() != null) {
      RejectsFile.write(r.rejectsFile(), header.names(), m.delimiter(), f.rows());
    }
  }


}
