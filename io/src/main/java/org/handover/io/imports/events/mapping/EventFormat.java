package org.handover.io.imports.events.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The event source formats, by the name used on the command line. */
public enum EventFormat {
  IBC_EVENT("ibc-event", "Iraq Body Count events with a Province column (IBC_event.csv)"),
  IBC_RAW(
      "ibc-raw",
      "Iraq Body Count database export with free-text Location (needs a place gazetteer)"),
  UCDP_GED("ucdp-ged", "UCDP Georeferenced Event Dataset CSV"),
  ACLED("acled", "ACLED CSV export"),
  CSV("csv", "any CSV, described by a YAML mapping file");

  private final String id;
  private final String description;

  EventFormat(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The name used on the command line and in the imports table's kind column. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** The format called {@code name}; the error lists the known names. */
  public static EventFormat byName(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.id.equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown event format '"
                        + name
                        + "'; known formats: "
                        + Arrays.stream(values())
                            .map(EventFormat::id)
                            .collect(Collectors.joining(", "))));
  }

  /** The built-in mapping of this format; {@link #CSV} has none (it comes from a mapping file). */
  public EventMapping builtInMapping() {
    return switch (this) {
      case IBC_EVENT -> BuiltInMappings.ibcEvent();
      case IBC_RAW -> BuiltInMappings.ibcRaw();
      case UCDP_GED -> BuiltInMappings.ucdpGed();
      case ACLED -> BuiltInMappings.acled();
      case CSV -> throw new IllegalStateException("the csv format needs a mapping file");
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
