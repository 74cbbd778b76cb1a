package org.handover.io.manifest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.events.EventFormat;
import org.handover.io.imports.events.EventImportRequest;
import org.handover.io.imports.events.EventImporter;
import org.handover.io.imports.measurements.MeasurementImporter;
import org.handover.io.imports.theater.AliasImporter;
import org.handover.io.imports.theater.NeighbourImporter;
import org.handover.io.imports.theater.PopulationImporter;
import org.handover.io.imports.theater.RegionImporter;
import org.handover.io.store.Store;

/** Runs an {@link ImportSpec} with the importer of its kind: one entry point for the CLI and for manifests. */
public final class Importers {
  /** Options every kind takes. */
  static final Set<String> COMMON = Set.of("strict", "rejects");

  private Importers() {}

  /** Every kind, with the options it accepts beyond {@link #COMMON}. */
  public static java.util.Map<String, Set<String>> kinds() {
    java.util.Map<String, Set<String>> kinds = new java.util.LinkedHashMap<>();
    kinds.put(RegionImporter.KIND, Set.of("name_property", "code_property", "parent_property", "alias_properties", "repair_invalid"));
    kinds.put(AliasImporter.KIND, Set.of("alias_column", "region_column"));
    kinds.put(PopulationImporter.KIND, Set.of("region_column", "population_column", "year_column"));
    kinds.put(NeighbourImporter.KIND, Set.of("region_a_column", "region_b_column", "weight_column", "skip_empty_weight", "from_polygons"));
    kinds.put(MeasurementImporter.KIND, Set.of("illustrative"));
    for (EventFormat f : EventFormat.values()) {
      kinds.put(f.id(), Set.of("mapping", "gazetteer", "allow_duplicate"));
    }
    return kinds;
  }

  public static ImportReport run(Store store, String theater, ImportSpec spec) {
    Set<String> allowed = kinds().get(spec.kind());
    if (allowed == null) {
      throw new IllegalArgumentException("unknown import kind '" + spec.kind() + "'; known: " + String.join(", ", kinds().keySet()));
    }
    for (String key : spec.options().keySet()) {
      if (!allowed.contains(key) && !COMMON.contains(key)) {
        throw new IllegalArgumentException("import kind '" + spec.kind() + "' has no option '" + key + "'; it takes: "
            + new TreeSet<>(union(allowed, COMMON)));
      }
    }
    boolean fromPolygons = spec.kind().equals(NeighbourImporter.KIND) && spec.flag("from_polygons");
    if (spec.file() == null && !fromPolygons) {
      throw new IllegalArgumentException("import kind '" + spec.kind() + "' needs a file");
    }
    boolean strict = spec.flag("strict");
    ImportReport report = switch (spec.kind()) {
      case RegionImporter.KIND -> RegionImporter.importFile(store, spec.file(), regionOptions(theater, spec, strict));
      case AliasImporter.KIND -> AliasImporter.importFile(store, spec.file(), AliasImporter.Options.defaults(theater)
          .withColumns(spec.option("alias_column").orElse("alias"), spec.option("region_column").orElse("region|governorate"))
          .strict(strict));
      case PopulationImporter.KIND -> PopulationImporter.importFile(store, spec.file(), PopulationImporter.Options.defaults(theater)
          .withColumns(spec.option("region_column").orElse("governorate|region"),
              spec.option("population_column").orElse("population"), spec.option("year_column").orElse("year"))
          .strict(strict));
      case NeighbourImporter.KIND -> fromPolygons
          ? NeighbourImporter.computeFromRegions(store, NeighbourImporter.GeometryOptions.defaults(theater))
          : NeighbourImporter.importFile(store, spec.file(), neighbourOptions(theater, spec, strict));
      case MeasurementImporter.KIND -> MeasurementImporter.importFile(store, spec.file(),
          MeasurementImporter.Options.defaults(theater).illustrative(spec.flag("illustrative")).strict(strict));
      default -> EventImporter.importFile(store, eventRequest(theater, spec, strict));
    };
    boolean eventKind = Arrays.stream(EventFormat.values()).anyMatch(f -> f.id().equals(spec.kind()));
    if (!eventKind && spec.option("rejects").isPresent() && !report.rejections().isEmpty()) {
      ImportLog.writeRejects(Path.of(spec.option("rejects").get()), report.rejections());
    }
    return report;
  }

  private static RegionImporter.Options regionOptions(String theater, ImportSpec spec, boolean strict) {
    RegionImporter.Options o = RegionImporter.Options.defaults(theater).withNameProperty(spec.option("name_property").orElse("name"));
    if (spec.option("code_property").isPresent()) {
      o = o.withCodeProperty(spec.option("code_property").get());
    }
    if (spec.option("parent_property").isPresent()) {
      o = o.withParentProperty(spec.option("parent_property").get());
    }
    if (spec.option("alias_properties").isPresent()) {
      o = o.withAliasProperties(List.of(spec.option("alias_properties").get().split("\\s*,\\s*")));
    }
    return o.repairingInvalid(spec.flag("repair_invalid")).strict(strict);
  }

  private static NeighbourImporter.Options neighbourOptions(String theater, ImportSpec spec, boolean strict) {
    NeighbourImporter.Options o = NeighbourImporter.Options.defaults(theater)
        .withColumns(spec.option("region_a_column").orElse("region_a|governorate_a|a"),
            spec.option("region_b_column").orElse("region_b|governorate_b|b"));
    Optional<String> weight = spec.option("weight_column");
    if (weight.isPresent()) {
      o = o.withWeight(weight.get(), spec.flag("skip_empty_weight"));
    }
    return o.strict(strict);
  }

  private static EventImportRequest eventRequest(String theater, ImportSpec spec, boolean strict) {
    EventFormat format = Arrays.stream(EventFormat.values()).filter(f -> f.id().equals(spec.kind())).findFirst().orElseThrow();
    EventImportRequest r = EventImportRequest.of(theater, format, spec.file()).strict(strict)
        .allowDuplicate(spec.flag("allow_duplicate"));
    if (spec.option("mapping").isPresent()) {
      r = r.withMapping(Path.of(spec.option("mapping").get()));
    }
    if (spec.option("gazetteer").isPresent()) {
      r = r.withGazetteer(Path.of(spec.option("gazetteer").get()));
    }
    if (spec.option("rejects").isPresent()) {
      r = r.withRejectsFile(Path.of(spec.option("rejects").get()));
    }
    return r;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }
}
