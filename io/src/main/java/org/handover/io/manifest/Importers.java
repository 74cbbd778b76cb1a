package org.handover.io.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.decisions.DecisionImporter;
import org.handover.io.imports.events.EventKind;
import org.handover.io.imports.measurements.MeasurementImporter;
import org.handover.io.imports.theater.AliasImporter;
import org.handover.io.imports.theater.NeighbourImporter;
import org.handover.io.imports.theater.PopulationImporter;
import org.handover.io.imports.theater.RegionImporter;
import org.handover.io.store.Store;

/**
 * Every kind of import and its options, and the one entry point that runs an {@link ImportSpec}
 * with the importer of its kind, for the command line and for manifests. The help and
 * docs/import-kinds.md are generated from here.
 */
public final class Importers {
  /** Options every kind takes. */
  public static final List<ImportOption> COMMON =
      List.of(ImportOption.STRICT, ImportOption.REJECTS, ImportOption.MAX_REJECTED);

  private static final Map<String, Importer> KINDS =
      kinds(
          List.of(
              RegionImporter.importer(),
              AliasImporter.importer(),
              PopulationImporter.importer(),
              NeighbourImporter.importer(),
              MeasurementImporter.importer(),
              DecisionImporter.importer()),
          EventKind.all());

  private Importers() {}

  private static Map<String, Importer> kinds(List<Importer> theater, List<Importer> events) {
    Map<String, Importer> kinds = new LinkedHashMap<>();
    theater.forEach(i -> kinds.put(i.kind(), i));
    events.forEach(i -> kinds.put(i.kind(), i));
    return kinds;
  }

  /** Every kind, in the order the help lists them. */
  public static List<Importer> all() {
    return List.copyOf(KINDS.values());
  }

  public static Optional<Importer> kind(String kind) {
    return Optional.ofNullable(KINDS.get(kind));
  }

  /** The names of the known kinds, for messages. */
  public static String kindNames() {
    return String.join(", ", KINDS.keySet());
  }

  /** The option names {@code importer} accepts, its own and the common ones. */
  public static Set<String> optionNames(Importer importer) {
    Set<String> names = new HashSet<>();
    importer.options().forEach(o -> names.add(o.name()));
    COMMON.forEach(o -> names.add(o.name()));
    return names;
  }

  /**
   * Whether {@code spec} must name a file; true for an unknown kind (which {@link #run} then
   * refuses).
   */
  public static boolean needsFile(ImportSpec spec) {
    return kind(spec.kind()).map(i -> i.needsFile(spec)).orElse(true);
  }

  public static ImportReport run(Store store, String theater, ImportSpec spec) {
    Importer importer =
        kind(spec.kind())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown import kind '" + spec.kind() + "'; known: " + kindNames()));
    Set<String> allowed = optionNames(importer);
    for (String key : spec.options().keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(
            "import kind '"
                + spec.kind()
                + "' has no option '"
                + key
                + "'; it takes: "
                + new TreeSet<>(allowed));
      }
    }
    if (spec.file() == null && importer.needsFile(spec)) {
      throw new IllegalArgumentException("import kind '" + spec.kind() + "' needs a file");
    }
    return importer.run(store, theater, spec);
  }

  /** The widest line {@link #help} writes: the usage is 80 wide and indents it by 2. */
  public static final int HELP_WIDTH = 78;

  private static final int HELP_INDENT = 25;

  /**
   * The kinds and their options as text lines, for {@code handover import --help}: each description
   * wrapped in its own column, since the usage would wrap a long line to column 0.
   */
  public static List<String> help() {
    List<String> lines = new ArrayList<>();
    lines.add("every kind:");
    COMMON.forEach(o -> helpLines(lines, o));
    byOptions()
        .forEach(
            (options, kinds) -> {
              lines.add(String.join(", ", kinds) + ":");
              options.forEach(o -> helpLines(lines, o));
            });
    return lines;
  }

  private static void helpLines(List<String> lines, ImportOption o) {
    String line = String.format("    %-20s", o.name());
    if (line.length() >= HELP_INDENT) {
      lines.add(line);
      line = "";
    }
    line = String.format("%-" + HELP_INDENT + "s", line);
    int width = HELP_WIDTH - HELP_INDENT;
    StringBuilder text = new StringBuilder();
    for (String word : o.description().split(" ")) {
      if (text.length() > 0 && text.length() + 1 + word.length() > width) {
        lines.add(line + text);
        line = " ".repeat(HELP_INDENT);
        text.setLength(0);
      }
      text.append(text.length() > 0 ? " " : "").append(word);
    }
    lines.add(line + text);
  }

  /** The kinds and their options as a Markdown table: the body of docs/import-kinds.md. */
  public static String markdown() {
    StringBuilder md = new StringBuilder("| kind | option | what it does |\n|---|---|---|\n");
    COMMON.forEach(o -> row(md, "every kind", o));
    byOptions()
        .forEach(
            (options, kinds) ->
                options.forEach(
                    o ->
                        row(
                            md,
                            String.join(", ", kinds.stream().map(k -> "`" + k + "`").toList()),
                            o)));
    return md.toString();
  }

  private static void row(StringBuilder md, String kinds, ImportOption o) {
    md.append("| ")
        .append(kinds)
        .append(" | `")
        .append(o.name())
        .append("` | ")
        .append(o.description().replace("|", "\\|"))
        .append(" |\n");
  }

  /** Kinds that take the same options (the event formats) listed together, in registry order. */
  private static Map<List<ImportOption>, List<String>> byOptions() {
    Map<List<ImportOption>, List<String>> groups = new LinkedHashMap<>();
    all().forEach(i -> groups.computeIfAbsent(i.options(), o -> new ArrayList<>()).add(i.kind()));
    return groups;
  }
}
