package org.handover.io.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.Rejection;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/**
 * The bookkeeping one import shares with every other: rejections, unknown region names with
 * suggestions, notes, and the all-or-nothing commit that leaves an import record either way.
 */
public final class ImportRun {
  private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final Store store;
  private final String theater;
  private final String kind;
  private final Path file;
  private final String sha256;
  private final Map<String, Object> options;
  private final List<Rejection> rejections = new ArrayList<>();
  private final Map<String, List<String>> unknownRegions = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private YearMonth coverageFirst;
  private YearMonth coverageLast;

  /** Writes the accepted rows in the import's transaction and returns how many it wrote. */
  @FunctionalInterface
  public interface Writer {
    long write(Connection connection, long importId) throws SQLException;
  }

  private ImportRun(Store store, String theater, String kind, Path file, String sha256, Map<String, Object> options) {
    if (theater == null || theater.isBlank()) {
      throw new IllegalArgumentException("theater name is blank");
    }
    this.store = store;
    this.theater = theater;
    this.kind = kind;
    this.file = file;
    this.sha256 = sha256;
    this.options = new LinkedHashMap<>(options);
  }

  public static ImportRun start(Store store, String theater, String kind, Path file, Map<String, Object> options) {
    return new ImportRun(store, theater, kind, file, ImportLog.sha256(file), options);
  }

  /**
   * An import computed from data already in the store rather than read from a file (e.g. neighbours
   * from the region polygons): {@code label} stands in for the file name, {@code sha256} hashes what it was computed from.
   */
  public static ImportRun derived(Store store, String theater, String kind, String label, String sha256,
      Map<String, Object> options) {
    return new ImportRun(store, theater, kind, Path.of(label), sha256, options);
  }

  public String fileName() {
    return file.getFileName().toString();
  }

  public void reject(long line, String field, String value, String reason, String raw) {
    rejections.add(new Rejection(fileName(), line, field, value, reason, raw));
  }

  public void reject(CsvFile.Row row, String field, String value, String reason) {
    reject(row.line(), field, value, reason, row.raw());
  }

  /** Rejects a row naming a region the theater does not know, suggesting the closest known names. */
  public void unknownRegion(CsvFile.Row row, String field, String name, RegionResolver resolver) {
    List<String> closest = resolver.closest(name, 3);
    unknownRegions.putIfAbsent(name, closest);
    reject(row, field, name, "unknown region '" + name + "'"
        + (closest.isEmpty() ? "" : " (closest: " + String.join(", ", closest) + ")")
        + "; add an alias or fix the name");
  }

  public void note(String note) {
    notes.add(note);
  }

  public void coverage(YearMonth first, YearMonth last) {
    this.coverageFirst = first;
    this.coverageLast = last;
  }

  /** Rows with at least one rejection (a row can be rejected for several fields). */
  public long rowsRejected() {
    return rejections.stream().mapToLong(Rejection::line).distinct().count();
  }

  public List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** Rows read so far are rejected wholesale: records a failed import and throws. */
  public ImportException fail(String message, long rowsRead) {
    recordFailure(rowsRead, message);
    return new ImportException(message, rejections);
  }

  /**
   * Commits: in one transaction runs {@code writer} and records the import with its rejections.
   * With {@code strict}, any rejection fails the import instead (a 'failed' record is left).
   */
  public ImportReport commit(boolean strict, long rowsRead, Writer writer) {
    if (strict && !rejections.isEmpty()) {
      String message = fileName() + ": " + rejections.size() + " row(s) rejected and --strict is set; nothing imported. First: "
          + rejections.get(0);
      throw fail(message, rowsRead);
    }
    long importId = store.nextImportId();
    long imported;
    try {
      imported = store.inTransaction(c -> {
        long n = writer.write(c, importId);
        ImportLog.write(c, entry(importId, "committed", rowsRead, n), rejections);
        return n;
      });
    } catch (StoreException | ImportException e) {
      recordFailure(rowsRead, e.getMessage());
      if (e instanceof ImportException ie) {
        throw ie;
      }
      throw new ImportException(fileName() + ": import failed, nothing was written: " + e.getMessage(), e);
    }
    return new ImportReport(importId, kind, fileName(), sha256, rowsRead, imported, rowsRejected(), 0,
        rejections, unknownRegions, notes);
  }

  private void recordFailure(long rowsRead, String message) {
    long importId = store.nextImportId();
    notes.add(message);
    store.inTransaction(c -> {
      ImportLog.write(c, entry(importId, "failed", rowsRead, 0), rejections);
      return null;
    });
  }

  private ImportLog.Entry entry(long importId, String status, long rowsRead, long imported) {
    String optionsJson;
    try {
      optionsJson = JSON.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new ImportLog.Entry(importId, theater, kind, file, sha256, status, rowsRead, imported, rowsRejected(), 0,
        coverageFirst, coverageLast, optionsJson, notes.isEmpty() ? null : String.join("\n", notes));
  }
}
