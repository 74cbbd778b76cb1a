package org.handover.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.handover.engine.HandoverException;
import org.handover.io.imports.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read or written: what was attempted, the path, and why. */
class FileAccessTest {
  @TempDir Path dir;

  @Test
  void javasPathOnlyMessagesBecomeWhatWasAttemptedThePathAndWhy() {
    Path p = Path.of("/data/x.csv");
    assertThat(FileAccess.failed("read", p, new AccessDeniedException(p.toString())))
        .isInstanceOf(HandoverException.class)
        .hasMessage("cannot read /data/x.csv: permission denied");
    assertThat(
            FileAccess.failed(
                "create the folder",
                p,
                new FileSystemException(p.toString(), null, "Read-only file system")))
        .hasMessage("cannot create the folder /data/x.csv: Read-only file system");
  }

  @Test
  void anUnreadableFileIsRefusedSayingPermissionDenied() throws Exception {
    Path f = Files.writeString(dir.resolve("secret.csv"), "region,population\nA,1\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("-w-------"));
    assumeTrue(!Files.isReadable(f), "file permissions do not bind this user (root)");
    assertThatThrownBy(() -> InputFiles.readAllBytes(f))
        .isInstanceOf(HandoverException.class)
        .hasMessage("cannot read " + f + ": permission denied");
    assertThatThrownBy(() -> InputFiles.newInputStream(f))
        .hasMessage("cannot read " + f + ": permission denied");
    assertThatThrownBy(() -> CsvFile.read(f))
        .isInstanceOf(HandoverException.class)
        .hasMessage("cannot read " + f + ": permission denied");
  }

  @Test
  void anUnwritableFolderIsRefusedSayingPermissionDenied() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    assumeTrue(!Files.isWritable(locked), "file permissions do not bind this user (root)");
    Path out = locked.resolve("out.csv");
    assertThatThrownBy(() -> OutputGuard.of(true).write(out, file -> Files.writeString(file, "x")))
        .isInstanceOf(HandoverException.class)
        .hasMessageStartingWith("cannot write " + out + ": permission denied");
  }
}
