package org.handover.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.io.imports.ImportRun.FailureRecord;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRunTest {
  @TempDir Path dir;

  private Path file() throws IOException {
    Path f = dir.resolve("in.csv");
    Files.writeString(f, "a,b\n1,2\n");
    return f;
  }

  private static Map<String, Object> zFirst() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("z", 1);
    o.put("a", 2);
    return o;
  }

  private static String theRecord(Store store) {
    return String.join(
        "|",
        store.strings(
            "SELECT concat_ws(' ', import_id, status, rows_read, rows_imported,"
                + " rows_rejected, rows_unassigned, options, notes) FROM imports ORDER BY import_id"));
  }

  @Test
  void startSortsOptionKeysAndRecordsNoUnassignedRows() throws IOException {
    try (Store store = Store.inMemory()) {
      ImportRun run = ImportRun.start(store, "t", "k", file(), zFirst());
      run.reject(2, "b", "2", "bad", "1,2");
      ImportReport r = run.commit(false, 1, (c, id) -> 0);
      assertThat(r.rowsUnassigned()).isZero();
      assertThat(theRecord(store)).isEqualTo("1 committed 1 0 1 0 {\"a\":2,\"z\":1}");
    }
  }

  @Test
  void hashedWhileReadKeepsOptionOrderAndCountsUnassignedAndWholeRows() throws IOException {
    try (Store store = Store.inMemory()) {
      ImportRun run =
          ImportRun.hashedWhileRead(store, "t", "k", file(), zFirst(), FailureRecord.REASON_FIRST);
      run.hashed("abc");
      run.rejectRow(new Rejection("in.csv", 0, "", "", "malformed"));
      run.rejectRow(new Rejection("in.csv", 0, "", "", "malformed too"));
      run.unassigned(3);
      run.note("n1");
      ImportReport r = run.commit(false, 9, (c, id) -> 7);
      assertThat(r.rowsRejected()).isEqualTo(2);
      assertThat(r.rowsUnassigned()).isEqualTo(3);
      assertThat(r.sha256()).isEqualTo("abc");
      assertThat(theRecord(store)).isEqualTo("1 committed 9 7 2 3 {\"z\":1,\"a\":2} n1");
    }
  }

  @Test
  void strictRefusalOfUnknownNamesPutsTheReasonFirstAndWritesTheRejectsFileInTheGivenLayout()
      throws IOException {
    try (Store store = Store.inMemory()) {
      ImportRun run =
          ImportRun.hashedWhileRead(store, "t", "k", file(), zFirst(), FailureRecord.REASON_FIRST);
      run.hashed("abc");
      run.unknownRegion("Narnia", List.of("Anbar"));
      run.unassigned(1);
      run.note("n1");
      run.strictRefusal((name, rejections, unknown) -> name + " refused: " + unknown.keySet());
      Path rejects = dir.resolve("rejects.csv");
      run.rejectsTo(
          rejects,
          (out, rejections) -> {
            try {
              Files.writeString(out, "rows " + rejections.size());
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          });
      assertThatThrownBy(() -> run.commit(true, 4, (c, id) -> 4))
          .isInstanceOf(ImportException.class)
          .hasMessage("in.csv refused: [Narnia]");
      assertThat(theRecord(store))
          .isEqualTo("1 failed 4 0 0 0 {\"z\":1,\"a\":2} in.csv refused: [Narnia]\nn1");
      assertThat(Files.readString(rejects)).isEqualTo("rows 0");
      assertThat(run.failed(new ImportException("again", List.of()))).hasMessage("again");
      assertThat(store.count("SELECT count(*) FROM imports")).isEqualTo(1);
    }
  }

  @Test
  void reasonFirstRecordsAFailedCommitAsABareAttemptUnderTheSameId() throws IOException {
    try (Store store = Store.inMemory()) {
      ImportRun run =
          ImportRun.hashedWhileRead(store, "t", "k", file(), zFirst(), FailureRecord.REASON_FIRST);
      run.hashed("abc");
      run.rejectRow(new Rejection("in.csv", 3, "b", "x", "bad"));
      run.note("n1");
      assertThatThrownBy(
              () ->
                  run.commit(
                      false,
                      4,
                      (c, id) -> {
                        throw new IllegalStateException("boom");
                      }))
          .isInstanceOf(ImportException.class)
          .hasMessage("in.csv: import failed, nothing imported: boom");
      assertThat(theRecord(store))
          .isEqualTo(
              "1 failed 0 0 0 0 {\"z\":1,\"a\":2} in.csv: import failed, nothing imported: boom");
      assertThat(store.count("SELECT count(*) FROM rejections")).isZero();
    }
  }

  @Test
  void reasonLastAppendsTheReasonAndKeepsWhatWasRead() throws IOException {
    try (Store store = Store.inMemory()) {
      ImportRun run = ImportRun.start(store, "t", "k", file(), zFirst());
      run.reject(2, "b", "2", "bad", "1,2");
      run.note("n1");
      assertThatThrownBy(() -> run.commit(true, 1, (c, id) -> 1))
          .isInstanceOf(ImportException.class)
          .hasMessageStartingWith(
              "in.csv: 1 row(s) rejected and --strict is set; nothing imported. First: in.csv:2");
      assertThat(theRecord(store))
          .startsWith("1 failed 1 0 1 0 {\"a\":2,\"z\":1} n1\nin.csv: 1 row(s) rejected");
      assertThat(store.count("SELECT count(*) FROM rejections")).isEqualTo(1);
    }
  }
}
