package org.handover.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void aDeviceIsRefusedBeforeAByteIsRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThatThrownBy(() -> InputFiles.readConfig(zero))
              .isInstanceOf(FileRefusal.class)
              .hasMessage(
                  "cannot read /dev/zero: it is a device, FIFO or socket, not a regular file;"
                      + " Handover reads only regular files (copy the data into a file first)");
          assertThatThrownBy(() -> InputFiles.readAllBytes(zero)).isInstanceOf(FileRefusal.class);
          assertThatThrownBy(() -> InputFiles.newInputStream(zero)).isInstanceOf(FileRefusal.class);
        });
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("fifo.yaml");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> InputFiles.readConfig(fifo)).isInstanceOf(FileRefusal.class));
  }

  @Test
  void aFolderIsNoFile() {
    assertThatThrownBy(() -> InputFiles.readAllBytes(dir)).hasMessageContaining("it is a folder");
  }

  @Test
  void aConfigurationFileIsBoundedAndTheMessageNamesTheLimit() throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[(int) InputFiles.CONFIG_LIMIT + 1]);
    assertThatThrownBy(() -> InputFiles.readConfig(big))
        .isInstanceOf(FileRefusal.class)
        .hasMessageContaining("cannot read " + big)
        .hasMessageContaining("at most 1 MB");
    Path fits = dir.resolve("fits.yaml");
    Files.write(fits, new byte[(int) InputFiles.CONFIG_LIMIT]);
    assertThat(InputFiles.readConfig(fits)).hasSize((int) InputFiles.CONFIG_LIMIT);
    // data files have no such limit
    assertThat(InputFiles.readAllBytes(big)).hasSize((int) InputFiles.CONFIG_LIMIT + 1);
  }

  @Test
  void aMissingFileIsLeftToTheReader() {
    assertThat(InputFiles.requireRegular(dir.resolve("none"))).isEqualTo(-1);
    assertThatThrownBy(() -> InputFiles.readConfig(dir.resolve("none")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
