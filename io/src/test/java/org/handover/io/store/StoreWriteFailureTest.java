package org.handover.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.handover.engine.HandoverException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be written (a full disk) is the user's error, said plainly: the store, the
 * cause, and that the transaction was rolled back. The messages are DuckDB's own (2.0), as it
 * reports a full disk and every later statement of the failed transaction.
 */
class StoreWriteFailureTest {
  @TempDir Path dir;

  static final String FULL =
      "IO Error: Async write failed for range [offset=0, size=5]: {\"exception_type\":\"IO\","
          + "\"exception_message\":\"Could not write file \\\"/data/h.duckdb.wal\\\": No space left"
          + " on device\",\"errno\":\"28\"}";
  static final String ABORTED =
      "TransactionContext Error: Current transaction is aborted (please ROLLBACK)";

  @Test
  void aFullDiskNamesTheStoreAndTheCause() {
    StoreException e =
        StoreWriteFailure.of(Path.of("/data/h.duckdb"), new SQLException(FULL)).orElseThrow();
    assertThat(e)
        .isInstanceOf(HandoverException.class)
        .hasMessageStartingWith(
            "cannot write the store /data/h.duckdb: no space left on device; the transaction was"
                + " rolled back, nothing of it was written (DuckDB: IO Error: Async write failed");
  }

  @Test
  void anAbortedTransactionSaysSoAndTakesTheCauseFromTheFailureBeforeIt() {
    SQLException aborted = new SQLException(ABORTED);
    assertThat(StoreWriteFailure.of(Path.of("/data/h.duckdb"), aborted).orElseThrow())
        .hasMessageStartingWith(
            "cannot write the store /data/h.duckdb: an earlier statement of the transaction failed");
    aborted.addSuppressed(new SQLException(FULL));
    assertThat(StoreWriteFailure.of(Path.of("/data/h.duckdb"), aborted).orElseThrow())
        .hasMessageStartingWith("cannot write the store /data/h.duckdb: no space left on device;");
  }

  @Test
  void otherErrorsAreLeftAsTheyAre() {
    assertThat(
            StoreWriteFailure.of(
                null,
                new SQLException(
                    "Constraint Error: PRIMARY KEY or UNIQUE constraint violation: duplicate key")))
        .isEmpty();
    assertThat(StoreWriteFailure.of(null, new SQLException("Binder Error: no such column")))
        .isEmpty();
    // a file DuckDB cannot read is no store that cannot be written
    assertThat(
            StoreWriteFailure.of(
                null,
                new SQLException("IO Error: Cannot open file \"/data/x.csv\": Permission denied")))
        .isEmpty();
  }

  @Test
  void aRealWriteToAFullDeviceInsideATransactionIsRolledBackAndSaidPlainly() {
    // /dev/full answers every write with ENOSPC: DuckDB's real full-disk error, without root
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
    Path file = dir.resolve("h.duckdb");
    try (Store store = Store.open(file)) {
      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      c -> {
                        try (var s = c.createStatement()) {
                          s.execute("INSERT INTO theater_settings VALUES ('t', 'k', 'v')");
                          s.execute(
                              "COPY (SELECT * FROM range(100000)) TO '/dev/full' (FORMAT csv)");
                        }
                        return null;
                      }))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("cannot write the store " + file + ": no space left on device;")
          .hasMessageContaining("rolled back");
      assertThat(store.count("SELECT count(*) FROM theater_settings")).isZero();
    }
  }
}
