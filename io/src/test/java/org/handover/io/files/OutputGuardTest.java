package org.handover.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.handover.engine.HandoverException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {
  @TempDir Path dir;

  @Test
  void neverWritesOverTheDatabaseOrAnInputEvenWithForce() throws IOException {
    Path db = Files.writeString(dir.resolve("h.duckdb"), "database");
    Path set = Files.writeString(dir.resolve("set.yaml"), "set");
    OutputGuard guard =
        OutputGuard.of(true).keepingDatabase(db).keeping(set, "the benchmark set it reads");

    assertThatThrownBy(() -> guard.write(db, f -> Files.writeString(f, "<html>")))
        .isInstanceOf(FileRefusal.class)
        .hasMessageContaining("refusing to write " + db)
        .hasMessageContaining("the database this command uses")
        .hasMessageContaining("not even with --force");
    // the same file by another name
    Path other = dir.resolve("sub/../set.yaml");
    assertThatThrownBy(() -> guard.check(other)).hasMessageContaining("the benchmark set it reads");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), set);
    assertThatThrownBy(() -> guard.check(link)).isInstanceOf(FileRefusal.class);
    assertThatThrownBy(() -> guard.check(Path.of(db + ".wal")))
        .hasMessageContaining("write-ahead log");
    assertThat(Files.readString(db)).isEqualTo("database");
    assertThat(Files.readString(set)).isEqualTo("set");
  }

  @Test
  void replacesAnExistingFileOnlyWithForce() throws IOException {
    Path out = Files.writeString(dir.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> OutputGuard.of(false).write(out, f -> Files.writeString(f, "new")))
        .isInstanceOf(FileRefusal.class)
        .hasMessage(
            "refusing to write "
                + out
                + ": the file exists, and Handover replaces an existing file only when told to;"
                + " add --force to replace it, or choose a new file");
    assertThat(Files.readString(out)).isEqualTo("mine");

    OutputGuard.of(true).write(out, f -> Files.writeString(f, "new"));
    assertThat(Files.readString(out)).isEqualTo("new");
    assertThat(siblings()).containsExactly("notes.txt");
  }

  @Test
  void writesANewFileAndItsFolders() {
    Path out = dir.resolve("a/b/out.csv");
    OutputGuard.of(false).write(out, f -> Files.writeString(f, "x,y\n"));
    assertThat(out).hasContent("x,y");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("report.html"), "old report");

    assertThatThrownBy(
            () ->
                OutputGuard.of(true)
                    .write(
                        out,
                        f -> {
                          Files.writeString(f, "half a rep");
                          throw new IOException("No space left on device");
                        }))
        .isInstanceOf(HandoverException.class)
        .hasMessage("cannot write " + out + ": No space left on device; nothing was written");
    assertThat(Files.readString(out)).isEqualTo("old report");
    assertThat(siblings()).containsExactly("report.html");
  }

  @Test
  void writesThroughASymbolicLinkWhichStaysALink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    OutputGuard.of(true).write(link, f -> Files.writeString(f, "new"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void refusesAFolderWhereAFileIsExpected() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out"));
    assertThatThrownBy(() -> OutputGuard.of(true).check(folder))
        .hasMessageContaining("it is a folder");
  }

  @Test
  void devNullIsAlwaysAllowedAndStaysADevice() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull));
    OutputGuard.of(false).write(devNull, f -> Files.writeString(f, "discarded"));
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void aDeviceIsWrittenIntoOnlyWithForceAndNeverReplaced() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full));
    assertThatThrownBy(() -> OutputGuard.of(false).check(full))
        .hasMessageContaining("it is a device, FIFO or socket")
        .hasMessageContaining("add --force");
    // with --force the bytes go into the device, whose error (a full disk) fails the write
    assertThatThrownBy(() -> OutputGuard.of(true).write(full, f -> Files.writeString(f, "x")))
        .hasMessageContaining("cannot write /dev/full");
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void aFifoIsRefusedWithoutForce() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    assertThatThrownBy(() -> OutputGuard.of(false).check(fifo))
        .hasMessageContaining("it is a device, FIFO or socket");
  }

  @Test
  void aFolderWithFilesIsWrittenIntoOnlyWithForce() throws IOException {
    Path fresh = dir.resolve("fresh");
    OutputGuard.of(false).checkFolder(fresh);
    Files.createDirectory(fresh);
    OutputGuard.of(false).checkFolder(fresh);
    Files.writeString(fresh.resolve("events.csv"), "mine");
    assertThatThrownBy(() -> OutputGuard.of(false).checkFolder(fresh))
        .hasMessageContaining("the folder is not empty")
        .hasMessageContaining("--force");
    OutputGuard.of(true).checkFolder(fresh);
    Path file = Files.writeString(dir.resolve("file"), "");
    assertThatThrownBy(() -> OutputGuard.of(true).checkFolder(file))
        .hasMessageContaining("is not a folder");
  }

  private java.util.List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
