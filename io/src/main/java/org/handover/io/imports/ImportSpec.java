package org.handover.io.imports;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One import to run: its kind (regions, population, neighbours, aliases, measurements, or an event
 * format such as ibc-event or ucdp-ged), the file, and the kind's options by name.
 *
 * @param file may be null only for neighbours computed from the stored polygons
 */
public record ImportSpec(String kind, Path file, Map<String, String> options) {
  public ImportSpec {
    Objects.requireNonNull(kind, "kind");
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key)).filter(v -> !v.isBlank());
  }

  public boolean flag(String key) {
    return option(key)
        .map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"))
        .orElse(false);
  }

  public Optional<String> option(ImportOption o) {
    return option(o.name());
  }

  public boolean flag(ImportOption o) {
    return flag(o.name());
  }
}
