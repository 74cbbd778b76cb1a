package org.handover.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a fuzz target writes its inputs to: one per JVM, each file overwritten per input. */
final class Scratch {
  static final Path DIR = create();

  private Scratch() {}

  private static Path create() {
    try {
      Path dir = Files.createTempDirectory("handover-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code input} to the file called {@code name}. */
  static Path write(String name, byte[] input) {
    try {
      Path file = DIR.resolve(name);
      Files.write(file, input);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
