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
import java.util.Optional;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;

/**
 * The bookkeeping every import shares: rejections, unknown region names with suggestions, notes,
 * the all-or-nothing commit that leaves an import record either way, the strict refusal, and the
 * rejects file. One run is one import id, allocated when the record is first written.
 */
public final class ImportRun {
  private static final ObjectMapper SORTED_KEYS =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final ObjectMapper GIVEN_ORDER = new ObjectMapper();

  /**
   * How a failed import is written. The two ways predate this class (the table imports and the
   * event import grew apart) and records already written must read the same, so each importer keeps
   * its own.
   */
  public enum FailureRecord {
    /**
     * The reason after the notes, with what was read and rejected so far; a store error or an
     * {@link ImportException} while committing is recorded (under a new id), anything else
     * propagates unrecorded.
     */
    REASON_LAST,
    /**
     * The reason first. Only a strict refusal keeps what was read; any other failure records just
     * the attempt (file, hash, options). Any failure is recorded, under the id the commit would
     * have had, and a failure to record it does not hide the original.
     */
    REASON_FIRST
  }

  /** Writes the accepted rows in the import's transaction and returns how many it wrote. */
  @FunctionalInterface
  public interface Writer {
    long write(Connection connection, long importId) throws SQLException;
  }

  private final Store store;
  private final String theater;
  private final String kind;
  private final Path file;
  private final Map<String, Object> options;
  private final ObjectMapper optionsJson;
  private final FailureRecord failureRecord;
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Long> fieldRejectionLines = new ArrayList<>();
  private final Map<String, List<String>> unknownRegions = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private String sha256;
  private long wholeRowsRejected;
  private long rowsUnassigned;
  private YearMonth coverageFirst;
  private YearMonth coverageLast;
  private Long importId;
  private boolean failureRecorded;
  // from the spec's rejects option unless the kind names its own file and layout (rejectsTo)
  private Path rejectsFile = RunRules.current().rejects();
  private boolean rejectsEvenIfNone;
  private RejectsLayout rejectsLayout = RejectsLayout.FIXED;
  private StrictRefusal strictRefusal = StrictRefusal.FIRST_REJECTION;
  private RejectionLimit maxRejected = RunRules.current().maxRejected();

  private ImportRun(
      Store store,
      String theater,
      String kind,
      Path file,
      String sha256,
      Map<String, Object> options,
      ObjectMapper optionsJson,
      FailureRecord failureRecord) {
    if (theater == null || theater.isBlank()) {
      throw new IllegalArgumentException("theater name is blank");
    }
    this.store = store;
    this.theater = theater;
    this.kind = kind;
    this.file = file;
    this.sha256 = sha256;
    this.options = new LinkedHashMap<>(options);
    this.optionsJson = optionsJson;
    this.failureRecord = failureRecord;
  }

  /** An import of {@code file}, hashed now; its options are recorded with their keys sorted. */
  public static ImportRun start(
      Store store, String theater, String kind, Path file, Map<String, Object> options) {
    return new ImportRun(
        store,
        theater,
        kind,
        file,
        ImportLog.sha256(file),
        options,
        SORTED_KEYS,
        FailureRecord.REASON_LAST);
  }

  /**
   * An import computed from data already in the store rather than read from a file (e.g. neighbours
   * from the region polygons): {@code label} stands in for the file name, {@code sha256} hashes
   * what it was computed from.
   */
  public static ImportRun derived(
      Store store,
      String theater,
      String kind,
      String label,
      String sha256,
      Map<String, Object> options) {
    return new ImportRun(
        store,
        theater,
        kind,
        Path.of(label),
        sha256,
        options,
        SORTED_KEYS,
        FailureRecord.REASON_LAST);
  }

  /**
   * An import of {@code file} that hashes the file itself while reading it (see {@link #hashed}),
   * so the file is not read an extra time; its options are recorded in the order given.
   */
  public static ImportRun hashedWhileRead(
      Store store,
      String theater,
      String kind,
      Path file,
      Map<String, Object> optionsInOrder,
      FailureRecord failureRecord) {
    return new ImportRun(
        store, theater, kind, file, null, optionsInOrder, GIVEN_ORDER, failureRecord);
  }

  public String fileName() {
    return file.getFileName().toString();
  }

  /**
   * The file's SHA-256, for a run started by {@link #hashedWhileRead}: needed before it commits or
   * fails.
   */
  public void hashed(String sha) {
    this.sha256 = sha;
  }

  public boolean isHashed() {
    return sha256 != null;
  }

  /**
   * Writes the rejected rows to {@code out} in {@code layout} once the import commits or is refused
   * as strict, even if there are none.
   */
  public void rejectsTo(Path out, RejectsLayout layout) {
    this.rejectsFile = out;
    this.rejectsLayout = layout;
    this.rejectsEvenIfNone = true;
  }

  public void strictRefusal(StrictRefusal refusal) {
    this.strictRefusal = refusal;
  }

  /**
   * Fails the import at commit when more than {@code limit} of the rows read are rejected (empty:
   * no limit). A run started by a kind that {@code Importer.of} made takes the spec's limit already
   * ({@link RunRules}).
   */
  public void maxRejected(Optional<RejectionLimit> limit) {
    this.maxRejected = limit.orElse(null);
  }

  public void reject(long line, String field, String value, String reason, String raw) {
    rejections.add(new Rejection(fileName(), line, field, value, reason, raw));
    fieldRejectionLines.add(line);
  }

  public void reject(CsvFile.Row row, String field, String value, String reason) {
    reject(row.line(), field, value, reason, row.raw());
  }

  /**
   * Rejects {@code value}, an id or a name ({@code what}), when it holds a control character.
   *
   * @return whether it was rejected
   */
  public boolean rejectsControlCharacters(
      CsvFile.Row row, String field, String value, String what) {
    Optional<String> problem = ControlCharacters.problem(what, value);
    problem.ifPresent(p -> reject(row, field, value, p));
    return problem.isPresent();
  }

  /** Rejects a whole row: counts as one rejected row of its own, whatever its line. */
  public void rejectRow(Rejection rejection) {
    rejections.add(rejection);
    wholeRowsRejected++;
  }

  /**
   * Rejects a row naming a region the theater does not know, suggesting the closest known names.
   */
  public void unknownRegion(CsvFile.Row row, String field, String name, RegionResolver resolver) {
    List<String> closest = resolver.closest(name, 3);
    unknownRegions.putIfAbsent(name, closest);
    reject(
        row,
        field,
        name,
        "unknown region '"
            + name
            + "'"
            + (closest.isEmpty() ? "" : " (closest: " + String.join(", ", closest) + ")")
            + "; add an alias or fix the name");
  }

  /**
   * A region name the theater does not know, for rows kept without a region (a strict import
   * refuses them).
   */
  public void unknownRegion(String name, List<String> closest) {
    unknownRegions.putIfAbsent(name, List.copyOf(closest));
  }

  public void note(String note) {
    notes.add(note);
  }

  public void coverage(YearMonth first, YearMonth last) {
    this.coverageFirst = first;
    this.coverageLast = last;
  }

  /** Rows imported without a region. */
  public void unassigned(long rows) {
    this.rowsUnassigned = rows;
  }

  /** Rows with at least one rejection (a row can be rejected for several fields). */
  public long rowsRejected() {
    return wholeRowsRejected + fieldRejectionLines.stream().distinct().count();
  }

  public List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** Rows read so far are rejected wholesale: records a failed import and throws. */
  public ImportException fail(String message, long rowsRead) {
    ImportException error = new ImportException(message, rejections);
    recordFailure(error, rowsRead, true);
    return error;
  }

  /**
   * For {@link FailureRecord#REASON_FIRST}: records that the import failed with {@code e}, unless
   * that is recorded already, and returns the error to throw. The file must be {@link #hashed} by
   * then.
   */
  public ImportException failed(RuntimeException e) {
    ImportException error =
        e instanceof ImportException ie
            ? ie
            : new ImportException(
                fileName() + ": import failed, nothing imported: " + e.getMessage(), e);
    if (!failureRecorded) {
      recordFailure(error, 0, false);
    }
    return error;
  }

  /**
   * Commits: in one transaction runs {@code writer}, records the import with its rejections and
   * writes the rejects file if one was asked for (a file that cannot be written fails the import).
   * With {@code strict}, any rejection or unknown region name fails the import instead (a 'failed'
   * record is left).
   */
  public ImportReport commit(boolean strict, long rowsRead, Writer writer) {
    if (strict && (!rejections.isEmpty() || !unknownRegions.isEmpty())) {
      ImportException refused =
          fail(strictRefusal.message(fileName(), rejections, unknownRegions), rowsRead);
      writeRejectsFile();
      throw refused;
    }
    if (maxRejected != null && maxRejected.exceededBy(rowsRejected(), rowsRead)) {
      ImportException refused = fail(overLimit(rowsRead), rowsRead);
      writeRejectsFile();
      throw refused;
    }
    long id = importId();
    long imported;
    try {
      imported =
          store.inTransaction(
              c -> {
                long n = writer.write(c, id);
                ImportLog.write(c, entry(id, "committed", rowsRead, n, true), rejections);
                ImportAudit.committed(c, theater, kind, fileName(), sha256, id, n, rowsRejected());
                // before the commit: an import whose rejected rows cannot be written does not land
                writeRejectsFile();
                return n;
              });
    } catch (RuntimeException e) {
      if (failureRecord == FailureRecord.REASON_FIRST) {
        throw failed(e);
      }
      if (!(e instanceof StoreException || e instanceof ImportException)) {
        throw e;
      }
      recordFailure(new ImportException(e.getMessage(), rejections), rowsRead, true);
      if (e instanceof ImportException ie) {
        throw ie;
      }
      throw new ImportException(
          fileName() + ": import failed, nothing was written: " + e.getMessage(), e);
    }
    return new ImportReport(
        id,
        kind,
        fileName(),
        sha256,
        rowsRead,
        imported,
        rowsRejected(),
        rowsUnassigned,
        rejections,
        unknownRegions,
        notes);
  }

  private String overLimit(long rowsRead) {
    long rejected = rowsRejected();
    return fileName()
        + ": "
        + rejected
        + " of "
        + rowsRead
        + " rows rejected ("
        + RejectionLimit.percent(rejected, rowsRead)
        + "), more than "
        + ImportOption.MAX_REJECTED.name()
        + " = "
        + maxRejected
        + " allows; nothing imported. Rejections by cause: "
        + ImportReport.describeCauses(ImportReport.byCause(rejections), 5);
  }

  /**
   * {@link FailureRecord#REASON_FIRST} keeps one id per run; the other allocates one per record
   * written, as it did.
   */
  private long importId() {
    if (failureRecord == FailureRecord.REASON_LAST) {
      return store.nextImportId();
    }
    if (importId == null) {
      importId = store.nextImportId();
    }
    return importId;
  }

  /**
   * {@code asRead}: the record keeps the rows read, rejections, coverage and notes so far (else
   * just the attempt).
   */
  private void recordFailure(ImportException error, long rowsRead, boolean asRead) {
    failureRecorded = true;
    long id = importId();
    if (failureRecord == FailureRecord.REASON_LAST) {
      notes.add(error.getMessage());
      store.inTransaction(
          c -> {
            ImportLog.write(c, entry(id, "failed", rowsRead, 0, true), rejections);
            return null;
          });
      return;
    }
    ImportLog.Entry failed =
        entry(id, "failed", rowsRead, 0, asRead).withLeadingNote(error.getMessage());
    try {
      store.inTransaction(
          c -> {
            ImportLog.write(c, failed, asRead ? rejections : List.of());
            return null;
          });
    } catch (RuntimeException notRecorded) {
      error.addSuppressed(notRecorded);
    }
  }

  private void writeRejectsFile() {
    if (rejectsFile != null && (rejectsEvenIfNone || !rejections.isEmpty())) {
      rejectsLayout.write(rejectsFile, rejections);
    }
  }

  private ImportLog.Entry entry(
      long id, String status, long rowsRead, long imported, boolean asRead) {
    String json;
    try {
      json = optionsJson.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    boolean committed = "committed".equals(status);
    return new ImportLog.Entry(
        id,
        theater,
        kind,
        file,
        sha256,
        status,
        rowsRead,
        imported,
        asRead ? rowsRejected() : 0,
        committed ? rowsUnassigned : 0,
        asRead ? coverageFirst : null,
        asRead ? coverageLast : null,
        json,
        !asRead || notes.isEmpty() ? null : String.join("\n", notes));
  }
}
