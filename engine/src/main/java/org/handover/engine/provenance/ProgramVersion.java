package org.handover.engine.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Handover itself, filled in by the build. */
public final class ProgramVersion {
  private static final String VERSION = load();

  private ProgramVersion() {}

  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        ProgramVersion.class.getResourceAsStream("/org/handover/engine/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return "handover " + p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
