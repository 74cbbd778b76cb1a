package org.handover.io.manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.theater.RegionNames;
import org.handover.io.config.LocatedYaml;
import org.handover.io.config.YamlNode;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.theater.RegionImporter;

/**
 * A theater's data described in one YAML file: its name, its default benchmark set (optional), and
 * the imports that load it, in order (regions first: every later import resolves names against
 * them). A new country is a new manifest, data files and benchmark set; no code. Paths are relative
 * to the manifest.
 *
 * @param benchmarkSet the default benchmark set, recorded for the theater when the manifest names
 *     one
 * @param forecastFitFrom first month forecast models may learn from, when earlier months belong to
 *     another regime (e.g. a conventional invasion before an insurgency)
 */
public record TheaterManifest(
    Path file,
    String theater,
    String description,
    Optional<Path> benchmarkSet,
    List<ImportSpec> imports,
    Optional<YearMonth> forecastFitFrom) {
  private static final Set<String> KEYS =
      Set.of("theater", "description", "benchmark_set", "imports", "forecast_fit_from");
  private static final Set<String> IMPORT_KEYS = Set.of("kind", "file", "options", "renames");
  private static final String RENAMES = "renames";

  public TheaterManifest {
    imports = List.copyOf(imports);
  }

  public static TheaterManifest read(Path file) {
    LocatedYaml doc = LocatedYaml.read(file);
    YamlNode root = YamlNode.root(doc).allowOnly(KEYS);
    Path dir = file.toAbsolutePath().getParent();
    // Optional: a theater's data can be imported, described and exported before any set is written.
    Optional<Path> benchmarks = Optional.empty();
    if (root.has("benchmark_set")) {
      Path set = dir.resolve(root.string("benchmark_set")).normalize();
      if (!Files.isRegularFile(set)) {
        throw root.get("benchmark_set").error("benchmark set not found: " + set);
      }
      benchmarks = Optional.of(set);
    }
    List<ImportSpec> imports = new ArrayList<>();
    for (YamlNode n : root.list("imports")) {
      n.allowOnly(IMPORT_KEYS);
      String kind = n.string("kind");
      Importer importer =
          Importers.kind(kind)
              .orElseThrow(
                  () ->
                      n.get("kind")
                          .error(
                              "unknown import kind '"
                                  + kind
                                  + "'; known: "
                                  + Importers.kindNames()));
      Path data = null;
      if (n.has("file")) {
        data = dir.resolve(n.string("file")).normalize();
        if (!Files.isRegularFile(data)) {
          throw n.get("file").error("file not found: " + data);
        }
      }
      Map<String, String> options = new LinkedHashMap<>();
      if (n.has("options")) {
        YamlNode o = n.get("options");
        o.allowOnly(Importers.optionNames(importer));
        o.raw().fieldNames().forEachRemaining(k -> options.put(k, o.get(k).text()));
      }
      renames(n, kind, data, options);
      for (ImportOption input : importer.options()) {
        String name = input.name();
        if (input.inputFile() && options.containsKey(name)) {
          Path p = dir.resolve(options.get(name)).normalize();
          if (!Files.isRegularFile(p)) {
            throw n.get("options").get(name).error("file not found: " + p);
          }
          options.put(name, p.toString());
        }
      }
      // written, not read, so not checked for; but relative to the manifest like every path in it
      if (options.containsKey(ImportOption.REJECTS.name())) {
        String rejects = ImportOption.REJECTS.name();
        options.put(rejects, dir.resolve(options.get(rejects)).normalize().toString());
      }
      imports.add(new ImportSpec(kind, data, options));
    }
    Optional<YearMonth> fitFrom = Optional.empty();
    // (renames are checked against the regions file above, before anything is imported)
    if (root.has("forecast_fit_from")) {
      try {
        fitFrom = Optional.of(YearMonth.parse(root.get("forecast_fit_from").text()));
      } catch (DateTimeParseException e) {
        throw root.get("forecast_fit_from").error("expected a month as YYYY-MM");
      }
    }
    return new TheaterManifest(
        file, root.string("theater"), root.string("description", ""), benchmarks, imports, fitFrom);
  }

  /**
   * A regions import's renames, as a mapping {@code published name: name to use} beside its options
   * (or as the option's text): checked here, so a published name that is not in the file is
   * reported at its line before anything is imported, and handed on as the option.
   */
  private static void renames(YamlNode n, String kind, Path data, Map<String, String> options) {
    if (!n.has(RENAMES) && !options.containsKey(RENAMES)) {
      return;
    }
    if (!kind.equals(RegionImporter.KIND)) {
      throw (n.has(RENAMES) ? n.get(RENAMES) : n.get("kind"))
          .error("renames apply to a regions import, not to " + kind);
    }
    if (n.has(RENAMES) && options.containsKey(RENAMES)) {
      throw n.get(RENAMES).error("renames are given twice: here and in options");
    }
    YamlNode at = n.has(RENAMES) ? n.get(RENAMES) : n.get("options").get(RENAMES);
    Map<String, YamlNode> where = new LinkedHashMap<>();
    Map<String, String> renames = new LinkedHashMap<>();
    if (n.has(RENAMES)) {
      if (!at.isObject()) {
        throw at.error("expected a mapping: published name: name to use");
      }
      at.raw()
          .fieldNames()
          .forEachRemaining(
              k -> {
                YamlNode to = at.get(k);
                String name = to.text().strip();
                if (name.isEmpty() || k.contains(";") || k.contains("=") || name.contains(";")) {
                  throw to.error(
                      "a rename needs a name to use, and neither name may hold ';' or '='");
                }
                renames.put(k, name);
                where.put(k, to);
              });
    } else {
      try {
        renames.putAll(RegionImporter.parseRenames(options.get(RENAMES)));
      } catch (ImportException e) {
        throw at.error(e.getMessage());
      }
      renames.keySet().forEach(k -> where.put(k, at));
    }
    if (data != null) {
      String property = options.getOrDefault("name_property", "name");
      List<String> published = RegionImporter.publishedNames(data, property);
      Set<String> normalised = new HashSet<>();
      published.forEach(p -> normalised.add(RegionNames.normalise(p)));
      for (Map.Entry<String, YamlNode> r : where.entrySet()) {
        if (!normalised.contains(RegionNames.normalise(r.getKey()))) {
          throw r.getValue()
              .error(
                  "renames: '"
                      + r.getKey()
                      + "' is not a region of "
                      + data.getFileName()
                      + " (property '"
                      + property
                      + "')"
                      + RegionImporter.closest(r.getKey(), published));
        }
      }
    }
    options.put(RENAMES, RegionImporter.formatRenames(renames));
  }
}
