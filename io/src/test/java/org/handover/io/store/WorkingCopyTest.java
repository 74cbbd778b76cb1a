package org.handover.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#throughCopy}: the working copy beside the store, and what it leaves behind. */
class WorkingCopyTest {
  @TempDir Path dir;

  /** The folder's files but the open store's write-ahead log. */
  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(f -> !f.equals("h.duckdb.wal"))
          .sorted()
          .toList();
    }
  }

  @Test
  void leavesNothingBesideTheStoreWhetherItsWorkSucceedsOrFails() throws Exception {
    try (Store store = Store.open(dir.resolve("h.duckdb"))) {
      List<String> seen =
          store.throughCopy(
              copy -> {
                copy.putSetting("t", TheaterSetting.BENCHMARK_SET, "/sets/t.yaml");
                try {
                  return files();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(seen).anyMatch(f -> f.startsWith(".h.duckdb.copy-"));
      assertThat(new TheaterReader(store).benchmarkSet("t")).contains(Path.of("/sets/t.yaml"));
      assertThat(files()).containsExactly("h.duckdb");

      assertThatThrownBy(
              () ->
                  store.throughCopy(
                      copy -> {
                        copy.putSetting("t", TheaterSetting.BENCHMARK_SET, "/sets/u.yaml");
                        throw new IllegalStateException("bad input");
                      }))
          .hasMessage("bad input");
      assertThat(new TheaterReader(store).benchmarkSet("t")).contains(Path.of("/sets/t.yaml"));
      assertThat(files()).containsExactly("h.duckdb");
    }
  }

  /**
   * A process killed while it works on a copy leaves the copy: the next copy of the same store
   * deletes it (only the process holding the store for writing makes copies of it), and leaves
   * alone the copies of another store in the same folder.
   */
  @Test
  void deletesTheCopiesAKilledProcessLeftOfThisStoreOnly() throws Exception {
    Path stale = Files.createDirectories(dir.resolve(".h.duckdb.copy-123"));
    Files.writeString(stale.resolve("copy.duckdb"), "left by a killed process");
    Files.createDirectories(stale.resolve("copy.duckdb.tmp"));
    Files.writeString(stale.resolve("copy.duckdb.tmp").resolve("spill"), "x");
    Path other = Files.createDirectories(dir.resolve(".g.duckdb.copy-456"));
    Files.writeString(other.resolve("copy.duckdb"), "another store's, maybe in use");
    Files.writeString(dir.resolve(".h.duckdb.copy-notes"), "a file, not a copy");
    try (Store store = Store.open(dir.resolve("h.duckdb"))) {
      store.throughCopy(copy -> null);
    }
    assertThat(files()).containsExactly(".g.duckdb.copy-456", ".h.duckdb.copy-notes", "h.duckdb");
    assertThat(other.resolve("copy.duckdb")).exists();
  }

  /**
   * A process killed after its copy's contents landed but before the copy was deleted leaves the
   * copy too: opening the store for writing deletes it, with no copy made; opening it read-only
   * (another process may be writing it) leaves it.
   */
  @Test
  void openingForWritingDeletesACopyAKilledProcessLeft() throws Exception {
    try (Store store = Store.open(dir.resolve("h.duckdb"))) {
      store.inTransaction(c -> null);
    }
    Path stale = Files.createDirectories(dir.resolve(".h.duckdb.copy-789"));
    Files.writeString(stale.resolve("copy.duckdb"), "left by a process killed after the commit");
    Store.openReadOnly(dir.resolve("h.duckdb")).close();
    assertThat(stale).exists();
    Store.open(dir.resolve("h.duckdb")).close();
    assertThat(stale).doesNotExist();
  }
}
