package org.handover.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens the files a command reads. Only regular files: a device such as {@code /dev/zero}, a FIFO
 * or a socket never ends and a folder is no file, so each is refused before a byte is read. A
 * configuration file (YAML) is read whole, so it is also bounded in size: real ones are a few
 * kilobytes.
 */
public final class InputFiles {
  /**
   * The largest configuration file read: a benchmark set, manifest or mapping is a few KB. YAML
   * parsing of one long scalar takes time quadratic in its length (about a second at this size), so
   * the limit is kept low.
   */
  public static final long CONFIG_LIMIT = 1L << 20;

  private InputFiles() {}

  /**
   * Refuses {@code file} unless it is a regular file (symbolic links are followed); a missing file
   * is left to the reader's own "no such file".
   *
   * @return its size in bytes, or -1 when it does not exist
   */
  public static long requireRegular(Path file) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return -1;
    } catch (IOException e) {
      throw FileAccess.failed("read", file, e);
    }
    if (a.isDirectory()) {
      throw new FileRefusal(file, "cannot read " + file + ": it is a folder, not a file");
    }
    if (!a.isRegularFile()) {
      throw new FileRefusal(
          file,
          "cannot read "
              + file
              + ": it is a device, FIFO or socket, not a regular file; Handover reads only regular"
              + " files (copy the data into a file first)");
    }
    return a.size();
  }

  /**
   * A stream on the regular file {@code file}; a file that cannot be opened (permission denied)
   * fails with a message saying so. A missing file is left to the caller's "no such file".
   */
  public static InputStream newInputStream(Path file) throws IOException {
    requireRegular(file);
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw FileAccess.failed("read", file, e);
    }
  }

  /** The bytes of the regular file {@code file}, which may be as large as memory allows. */
  public static byte[] readAllBytes(Path file) throws IOException {
    requireRegular(file);
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw FileAccess.failed("read", file, e);
    }
  }

  /**
   * The bytes of the configuration file {@code file}, refused above {@link #CONFIG_LIMIT}. The
   * limit is checked on what is read too, in case the file grows while it is read.
   */
  public static byte[] readConfig(Path file) throws IOException {
    long size = requireRegular(file);
    if (size > CONFIG_LIMIT) {
      throw tooLarge(file);
    }
    try (InputStream in = newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) CONFIG_LIMIT + 1);
      if (bytes.length > CONFIG_LIMIT) {
        throw tooLarge(file);
      }
      return bytes;
    }
  }

  private static FileRefusal tooLarge(Path file) {
    return new FileRefusal(
        file,
        "cannot read "
            + file
            + ": a configuration file may hold at most "
            + (CONFIG_LIMIT >> 20)
            + " MB (benchmark sets, manifests and mappings are a few KB; is this the right file?)");
  }
}
