package org.handover.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the database file is opened: read-only for readers, and never anything but a file. */
class StoreAccessTest {
  @TempDir Path dir;

  private Path database() {
    Path db = dir.resolve("h.duckdb");
    try (Store s = Store.open(db)) {
      s.putSetting("t", TheaterSetting.BENCHMARK_SET, "/sets/t.yaml");
    }
    return db;
  }

  @Test
  void aReaderChangesNothingAndCannotWrite() throws Exception {
    Path db = database();
    byte[] before = Files.readAllBytes(db);
    FileTime modified = Files.getLastModifiedTime(db);
    try (Store s = Store.openReadOnly(db)) {
      assertThat(new TheaterReader(s).benchmarkSet("t")).contains(Path.of("/sets/t.yaml"));
      assertThatThrownBy(() -> s.putSetting("t", TheaterSetting.BENCHMARK_SET, "x"))
          .hasMessageContaining("read-only");
    }
    assertThat(Arrays.equals(Files.readAllBytes(db), before)).isTrue();
    assertThat(Files.getLastModifiedTime(db)).isEqualTo(modified);
    assertThat(dir.resolve("h.duckdb.wal")).doesNotExist();
  }

  @Test
  void aReadOnlyFileInAReadOnlyFolderCanBeRead() throws Exception {
    Path db = database();
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(db), "file permissions do not bind this user (root)");
      try (Store s = Store.openReadOnly(db)) {
        assertThat(new TheaterReader(s).benchmarkSet("t")).isPresent();
      }
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aMissingDatabaseIsNotCreatedByAReader() {
    Path db = dir.resolve("none.duckdb");
    assertThatThrownBy(() -> Store.openReadOnly(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no database " + db)
        .hasMessageContaining("handover example --db");
    assertThat(db).doesNotExist();
  }

  @Test
  void anOlderDatabaseWithoutTodaysTablesIsCompletedThenRead() throws Exception {
    Path db = database();
    try (Store s = Store.open(db)) {
      s.connection().createStatement().execute("DROP TABLE decisions");
    }
    try (Store s = Store.openReadOnly(db)) {
      assertThat(s.count("SELECT count(*) FROM decisions")).isZero();
    }
  }

  @Test
  void aDeviceOrFifoIsNoDatabase() throws Exception {
    Path fifo = dir.resolve("fifo.duckdb");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThatThrownBy(() -> Store.openReadOnly(fifo))
              .isInstanceOf(StoreException.class)
              .hasMessageContaining("it is a device, FIFO or socket, not a regular file");
          assertThatThrownBy(() -> Store.open(fifo)).isInstanceOf(StoreException.class);
        });
    assertThatThrownBy(() -> Store.open(dir)).hasMessageContaining("it is a folder");
  }

  @Test
  void recognisesItsOwnDatabases() throws Exception {
    assertThat(Store.isHandoverDatabase(database())).isTrue();
    assertThat(Store.isHandoverDatabase(Files.writeString(dir.resolve("notes.txt"), "notes")))
        .isFalse();
    assertThat(Store.isHandoverDatabase(dir.resolve("none"))).isFalse();
  }

  @Test
  void aLockConflictNamesTheHolder() {
    SQLException duckdb =
        new SQLException(
            "IO Error: Could not set lock on file \"/data/h.duckdb\": Conflicting lock is held in"
                + " /usr/lib/jvm/java-17/bin/java (PID 4242). See also"
                + " https://duckdb.org/docs/current/connect/concurrency");
    assertThat(StoreLock.explain(Path.of("/data/h.duckdb"), true, duckdb))
        .hasValueSatisfying(
            e ->
                assertThat(e.getMessage())
                    .startsWith(
                        "the database /data/h.duckdb is being written by another process (pid"
                            + " 4242, /usr/lib/jvm/java-17/bin/java;"));
    assertThat(StoreLock.explain(Path.of("/data/h.duckdb"), false, duckdb))
        .hasValueSatisfying(
            e -> assertThat(e.getMessage()).contains("is in use by another process (pid 4242"));
    assertThat(StoreLock.explain(Path.of("x"), true, new SQLException("Catalog Error"))).isEmpty();
  }
}
