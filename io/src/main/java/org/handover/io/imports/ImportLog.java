package org.handover.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import org.handover.engine.provenance.ProgramVersion;
import org.handover.io.csv.SafeCsv;
import org.handover.io.files.InputFiles;
import org.handover.io.files.OutputGuard;

/**
 * Writes the record every import leaves behind (the imports and rejections tables), and rejects
 * files.
 */
public final class ImportLog {
  private ImportLog() {}

  /** What an import did, as one row of the imports table. */
  public record Entry(
      long importId,
      String theater,
      String kind,
      Path file,
      String sha256,
      String status,
      long rowsRead,
      long rowsImported,
      long rowsRejected,
      long rowsUnassigned,
      YearMonth coverageFirst,
      YearMonth coverageLast,
      String optionsJson,
      String notes) {

    /** The same entry with {@code note} before its other notes (e.g. why it failed). */
    public Entry withLeadingNote(String note) {
      return new Entry(
          importId,
          theater,
          kind,
          file,
          sha256,
          status,
          rowsRead,
          rowsImported,
          rowsRejected,
          rowsUnassigned,
          coverageFirst,
          coverageLast,
          optionsJson,
          notes == null ? note : note + "\n" + notes);
    }
  }

  public static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(
            InputFiles.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The import's record and its rejections, in the caller's transaction. */
  public static void write(Connection c, Entry e, List<Rejection> rejections) throws SQLException {
    record(c, e);
    rejections(c, e.importId(), rejections);
  }

  public static void record(Connection c, Entry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, e.importId());
      ps.setString(2, e.theater());
      ps.setString(3, e.kind());
      ps.setString(4, e.file().getFileName().toString());
      ps.setString(5, e.sha256());
      ps.setString(6, e.status());
      ps.setLong(7, e.rowsRead());
      ps.setLong(8, e.rowsImported());
      ps.setLong(9, e.rowsRejected());
      ps.setLong(10, e.rowsUnassigned());
      ps.setObject(11, e.coverageFirst() == null ? null : Date.valueOf(e.coverageFirst().atDay(1)));
      ps.setObject(12, e.coverageLast() == null ? null : Date.valueOf(e.coverageLast().atDay(1)));
      ps.setString(13, e.optionsJson());
      ps.setString(14, e.notes());
      ps.setString(15, ProgramVersion.current());
      ps.setTimestamp(16, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  public static void rejections(Connection c, long importId, List<Rejection> rejections)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO rejections VALUES (?, ?, ?, ?, ?)")) {
      for (Rejection r : rejections) {
        ps.setLong(1, importId);
        ps.setLong(2, r.line());
        ps.setString(3, r.field());
        ps.setString(4, r.value());
        ps.setString(5, r.reason());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Writes rejected rows to {@code out} (file, line, field, value, reason, original record) so they
   * can be fixed and re-imported.
   */
  public static void writeRejects(Path out, List<Rejection> rejections) {
    // whole or not at all; the command checked the file against the user's --force before the
    // import
    OutputGuard.of(true)
        .write(
            out,
            file -> {
              try (SafeCsv w = SafeCsv.to(file)) {
                w.record("file", "line", "field", "value", "reason", "raw");
                for (Rejection r : rejections) {
                  w.record(
                      r.file(),
                      r.line(),
                      r.field(),
                      SafeCsv.untyped(r.value()),
                      r.reason(),
                      SafeCsv.untyped(r.raw()));
                }
              }
            });
  }
}
