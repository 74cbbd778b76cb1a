package org.handover.io.config;

import java.nio.file.Path;
import org.handover.engine.HandoverException;

/**
 * A configuration file (benchmark set, indicators, mapping) is wrong: names the file, line, column
 * and key.
 */
public class ConfigException extends HandoverException {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final int line;
  private final int column;
  private final String key;

  public ConfigException(Path file, int line, int column, String key, String message) {
    super(file + ":" + line + ":" + column + (key.isEmpty() ? "" : ": " + key) + ": " + message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.key = key;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The key path, e.g. {@code conditions[1].benchmarks[0].threshold}. */
  public String key() {
    return key;
  }
}
