package org.handover.io.imports.events;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.theater.RegularGrid;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportRun;
import org.handover.io.imports.Rejection;
import org.handover.io.imports.events.RegionAssigner.Assignment;
import org.handover.io.imports.events.RejectedRows.RowAccount;
import org.handover.io.imports.events.csv.CsvHeader;
import org.handover.io.imports.events.csv.RecordIndex;
import org.handover.io.imports.events.csv.SourceText;
import org.handover.io.imports.events.mapping.EventMapping;
import org.handover.io.imports.events.mapping.EventMapping.DuplicateIds;
import org.handover.io.imports.events.mapping.EventMapping.RegionFrom;
import org.handover.io.store.Store;
import org.handover.io.store.StoreWriteFailure;
import org.handover.io.store.TheaterReader;

/**
 * One event import in progress: the request, its mapping and its {@link ImportRun}. Stages the file
 * in temporary tables, then hands what it found to the run, which refuses it (strict) or commits
 * it, records it either way and writes the rejects file.
 */
final class EventImport {
  private static final int CLOSEST = 3;
  private static final List<String> TEMP_TABLES =
      List.of(
          EventSql.TYPED,
          EventSql.REJECTS,
          EventSql.SCANS,
          RegionAssigner.NAMES,
          RegionAssigner.POINTS,
          RegionAssigner.SNAPS,
          GridPlacement.OUTSIDE,
          "ev_repeats");

  private final Store store;
  private final EventImportRequest request;
  private final EventMapping m;
  private final ImportPhases phases;
  private final String fileName;
  private final ImportRun run;
  private long lap = System.nanoTime();

  /** What staging found, ready to be inserted (or refused, in strict mode). */
  record Staged(
      CsvHeader header,
      long read,
      long imported,
      RowAccount findings,
      Assignment assignment,
      Map<String, List<String>> unknown,
      YearMonth first,
      YearMonth last,
      List<String> notes) {}

  EventImport(Store store, EventImportRequest request, EventMapping mapping, ImportPhases phases) {
    this.store = store;
    this.request = request;
    this.m = mapping;
    this.phases = phases;
    this.fileName = request.file().getFileName().toString();
    this.run =
        ImportRun.hashedWhileRead(
            store,
            request.theater(),
            request.format().id(),
            request.file(),
            options(request, mapping),
            ImportRun.FailureRecord.REASON_FIRST);
    run.strictRefusal(EventImport::strictMessage);
    run.maxRejected(Optional.ofNullable(request.maxRejected()));
  }

  ImportReport run() {
    Path file = request.file();
    CompletableFuture<RecordIndex> scan = null;
    try (SourceText text = SourceText.open(file, m.encoding())) {
      // Hash the file and index its records on one core while DuckDB reads it on the others.
      scan =
          CompletableFuture.supplyAsync(
              () -> RecordIndex.build(text.utf8(), m.delimiter(), !text.transcoded()));
      CsvHeader header = CsvHeader.locate(text.utf8(), fileName, m);
      Staged staged = stage(header, text, scan);
      hand(staged);
      ImportReport report =
          run.commit(
              request.strict(),
              staged.read(),
              (c, importId) -> {
                long inserted = insert(c, importId);
                if (inserted != staged.imported()) {
                  throw new IllegalStateException(
                      "inserted " + inserted + " events, expected " + staged.imported());
                }
                return inserted;
              });
      lap("insert and commit");
      dropTemporaryTablesQuietly();
      return report;
    } catch (RuntimeException e) {
      dropTemporaryTablesQuietly();
      if (!run.isHashed()) {
        run.hashed(hashOf(scan, file));
      }
      throw run.failed(e);
    }
  }

  /**
   * Gives the run what staging found; the rejects file takes each rejected row's original columns.
   */
  private void hand(Staged staged) {
    List<RejectedRows.Row> rows = staged.findings().rows();
    rows.forEach(r -> run.rejectRow(r.rejection()));
    staged.unknown().forEach(run::unknownRegion);
    staged.notes().forEach(run::note);
    run.coverage(staged.first(), staged.last());
    run.unassigned(staged.assignment().unassigned());
    if (request.rejectsFile() != null) {
      List<String> names = staged.header().names();
      run.rejectsTo(
          request.rejectsFile(),
          (out, rejections) -> RejectsFile.write(out, names, m.delimiter(), rows));
    }
  }

  private Staged stage(CsvHeader header, SourceText text, CompletableFuture<RecordIndex> scan) {
    Connection c = store.connection();
    try {
      TheaterRegions theater = TheaterRegions.load(new TheaterReader(store), request.theater());
      if (theater.regions().isEmpty()) {
        throw new ImportException(
            "theater '"
                + request.theater()
                + "' has no regions in the store: import its regions"
                + " first",
            List.of());
      }
      if (theater.grid().isPresent()) {
        refuseOnGrid(theater.grid().get());
      }
      Gazetteer gazetteer = null;
      if (m.regionFrom() == RegionFrom.GAZETTEER) {
        if (request.gazetteer() == null) {
          throw new ImportException(
              fileName
                  + ": format "
                  + request.format()
                  + " takes regions from place names in '"
                  + m.location()
                  + "' and needs a place gazetteer file (place,region)",
              List.of());
        }
        gazetteer = Gazetteer.read(request.gazetteer(), theater.resolver(), theater.knownNames());
      }
      dropTemporaryTables(c);
      lap("prepare");
      // Outside the transaction on purpose: a table committed by CTAS numbers its rows 0..n-1 in
      // file
      // order, which is how rejected rows are traced back to their lines. Only the insert is
      // transactional.
      try (Statement s = c.createStatement()) {
        s.execute(
            EventSql.createTyped(
                m,
                request.estimates(),
                EventSql.readCsv(text.utf8(), header.names(), header.line(), m.delimiter())));
      }
      lap("read, convert, validate");
      RecordIndex index = scan.join();
      String sha = text.transcoded() ? ImportLog.sha256(request.file()) : index.sha256();
      run.hashed(sha);
      lap("hash and index (waited)");
      Optional<Long> earlier = earlierImport(sha);
      if (earlier.isPresent() && !request.allowDuplicate()) {
        throw new ImportException(
            fileName
                + ": the same content (SHA-256 "
                + sha.substring(0, 12)
                + "...) was"
                + " already imported into theater '"
                + request.theater()
                + "' as import "
                + earlier.get()
                + "; importing it again would count its events twice. Allow it explicitly to import anyway.",
            List.of());
      }
      Map<Long, Long> repeats = m.id() == null ? Map.of() : RepeatedIds.find(c);
      if (m.duplicateIds() == DuplicateIds.REJECT) {
        RepeatedIds.reject(c, repeats);
      }
      lap("repeated ids");
      Assignment a = RegionAssigner.assign(c, m, theater, gazetteer, request.snapKm());
      Map<Long, RegionAssigner.Snap> snapRows =
          a.snapping() == null
              ? Map.of()
              : RegionAssigner.rowsOf(c, a.snapping(), ImportNotes.MAX_LINES_LISTED);
      lap("assign regions");
      RowAccount findings =
          RejectedRows.collect(
              c,
              m,
              header,
              index,
              fileName,
              repeats,
              snapRows.keySet().stream().mapToLong(Long::longValue).toArray());
      lap("locate rejected rows");
      RegionResolver resolver = theater.resolver();
      Map<String, List<String>> unknown = new LinkedHashMap<>();
      a.unknownNames()
          .keySet()
          .forEach(
              n ->
                  unknown.put(
                      n,
                      resolver.closest(
                          RegionAssigner.withoutSuffix(m.regionSuffixes(), n), CLOSEST)));
      long read = a.accepted() + findings.rows().size();
      long inFile = findings.dataRecords();
      if (read != inFile) {
        // Never lose a row silently: if DuckDB and the record index disagree, refuse rather than
        // guess.
        throw new ImportException(
            fileName
                + ": the file's records cannot be matched to its lines ("
                + inFile
                + " records after the header, but DuckDB's CSV reader read "
                + read
                + "): a quote that is never closed or closed in the middle of a field, or line ends"
                + " of two kinds, make the file ambiguous; nothing imported. Check the quoting (a"
                + " quote inside a field is written twice) and save it with one kind of line end",
            List.of());
      }
      List<String> notes =
          new ArrayList<>(ImportNotes.of(m, request.theater(), read, a.accepted(), findings, a));
      notes.addAll(ImportNotes.policies(m, request.estimates(), findings, a, snapRows));
      earlier.ifPresent(
          n -> notes.add("same content (SHA-256) as import " + n + "; imported again as asked"));
      return new Staged(
          header,
          read,
          a.accepted(),
          findings,
          a,
          unknown,
          a.first() == null ? null : YearMonth.from(a.first()),
          a.last() == null ? null : YearMonth.from(a.last()),
          notes);
    } catch (SQLException e) {
      // a store that cannot be written (a full disk) is the user's to fix; anything else is a bug
      throw StoreWriteFailure.of(store.file(), e)
          .<RuntimeException>map(f -> f)
          .orElseGet(() -> new IllegalStateException(e.getMessage(), e));
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private void lap(String phase) {
    long now = System.nanoTime();
    phases.phase(phase, now - lap);
    lap = now;
  }

  private long insert(Connection c, long importId) throws SQLException {
    // The events table has no meaningful row order: let DuckDB write it with all its threads.
    try (Statement s = c.createStatement()) {
      s.execute("SET preserve_insertion_order = false");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO events (theater, source, event_id, start_date, end_date, region, latitude,"
                + " longitude, location, event_type, deaths_low, deaths_best, deaths_high, import_id,"
                + " side_a, side_b) SELECT ?, ?, t.event_id, t.start_date,"
                + " t.end_date, COALESCE(n.region, p.region), t.latitude, t.longitude, t.location, t.event_type, t.deaths_low,"
                + " t.deaths_best, t.deaths_high, ?, t.side_a, t.side_b FROM "
                + EventSql.TYPED
                + " t LEFT JOIN "
                + RegionAssigner.NAMES
                + " n ON t.region_raw = n.raw LEFT JOIN "
                + RegionAssigner.POINTS
                + " p ON t.latitude = p.lat AND t.longitude = p.lon WHERE t.problem = 0")) {
      ps.setString(1, request.theater());
      ps.setString(2, m.source());
      ps.setLong(3, importId);
      return ps.executeLargeUpdate();
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("RESET preserve_insertion_order");
      }
    }
  }

  /**
   * A grid theater's events reach their cells by their point alone: a format without coordinates,
   * and snapping (a point outside the grid is rejected), do not apply.
   */
  private void refuseOnGrid(RegularGrid grid) {
    String theater = request.theater();
    if (m.latitude() == null || m.regionFrom() == RegionFrom.GAZETTEER) {
      throw new ImportException(
          fileName
              + ": the regions of theater '"
              + theater
              + "' are the cells of a "
              + grid
              + ", which events reach by their point; format "
              + request.format()
              + (m.latitude() == null
                  ? " has no latitude and longitude"
                  : " places events by place name")
              + " (map the file's coordinates with a mapping file: docs/importing-events.md)",
          List.of());
    }
    if (request.snapKm() != null) {
      throw new ImportException(
          fileName
              + ": option "
              + SnapDistance.OPTION
              + " does not apply to theater '"
              + theater
              + "', whose regions are the cells of a "
              + grid
              + ": a point outside its cells is rejected, not snapped",
          List.of());
    }
  }

  /** The file's hash for a failure record: from the scan when it got that far, else read again. */
  private String hashOf(CompletableFuture<RecordIndex> scan, Path file) {
    if (scan != null) {
      try {
        String sha = scan.join().sha256();
        if (sha != null) {
          return sha;
        }
      } catch (CompletionException e) {
        // fall through: hash the file on its own
      }
    }
    return ImportLog.sha256(file);
  }

  private Optional<Long> earlierImport(String sha) {
    List<String> ids =
        store.strings(
            "SELECT CAST(import_id AS VARCHAR) FROM imports WHERE theater = ? AND sha256 = ?"
                + " AND status = 'committed' ORDER BY import_id LIMIT 1",
            request.theater(),
            sha);
    return ids.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(ids.get(0)));
  }

  private static String strictMessage(
      String fileName, List<Rejection> rejections, Map<String, List<String>> unknown) {
    StringBuilder s =
        new StringBuilder(fileName + ": strict import refused, nothing imported: ")
            .append(rejections.size())
            .append(" rejected rows, ")
            .append(unknown.size())
            .append(" unknown region names");
    rejections.forEach(r -> s.append("\n  ").append(r));
    unknown.forEach(
        (name, closest) ->
            s.append("\n  unknown region '")
                .append(name)
                .append("' (closest: ")
                .append(String.join(", ", closest))
                .append(")"));
    return s.toString();
  }

  private static Map<String, Object> options(EventImportRequest r, EventMapping m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("format", r.format().id());
    o.put("mapping", m);
    o.put("gazetteer", r.gazetteer() == null ? null : r.gazetteer().getFileName().toString());
    o.put("gazetteer_sha256", r.gazetteer() == null ? null : ImportLog.sha256(r.gazetteer()));
    o.put("strict", r.strict());
    o.put("allow_duplicate", r.allowDuplicate());
    o.put("rejects_file", r.rejectsFile() == null ? null : r.rejectsFile().toString());
    o.put("date_range", List.of(EventSql.MIN_DATE.toString(), EventSql.MAX_DATE.toString()));
    // Recorded when given, so imports without them keep the record they always had.
    if (r.estimates() != InconsistentEstimates.REJECT) {
      o.put(EventKind.INCONSISTENT_ESTIMATES.name(), r.estimates().id());
    }
    if (r.snapKm() != null) {
      o.put(SnapDistance.OPTION, r.snapKm());
    }
    if (r.maxRejected() != null) {
      o.put(ImportOption.MAX_REJECTED.name(), r.maxRejected().share());
    }
    return o;
  }

  private static void dropTemporaryTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : TEMP_TABLES) {
        s.execute("DROP TABLE IF EXISTS temp.main." + t);
      }
    }
  }

  private void dropTemporaryTablesQuietly() {
    try {
      dropTemporaryTables(store.connection());
    } catch (SQLException e) {
      // the connection is in trouble already; the original failure is the one to report
    }
  }
}
