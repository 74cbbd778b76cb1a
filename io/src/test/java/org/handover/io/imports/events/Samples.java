package org.handover.io.imports.events;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The small test files under src/test/resources/events, written after the UCDP GED and ACLED
 * codebooks.
 */
final class Samples {
  private Samples() {}

  static Path of(String name) {
    try {
      return Path.of(Samples.class.getResource("/events/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource events/" + name + " missing", e);
    }
  }
}
