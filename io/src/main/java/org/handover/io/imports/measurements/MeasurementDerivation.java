package org.handover.io.imports.measurements;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handover.engine.derivation.DerivedValue;
import org.handover.engine.derivation.GovernanceRule;
import org.handover.engine.derivation.NationalSplit;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.StrictNumber;

/**
 * Writes the measurement files a {@link DerivationSpec} describes: the real national series as
 * measurements, and the illustrative per-region inputs derived from them (see {@link
 * NationalSplit}). Output is byte-for-byte reproducible, so the files committed with the built-in
 * data can be checked by regenerating them.
 *
 * <p>Run: {@code java -cp ... org.handover.io.imports.measurements.MeasurementDerivation SPEC
 * [OUTPUT_DIR]}.
 */
public final class MeasurementDerivation {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  /** What was written. */
  public record Result(Path national, int nationalRows, Path illustrative, int illustrativeRows) {}

  private MeasurementDerivation() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: MeasurementDerivation SPEC.yaml [OUTPUT_DIR]");
      System.exit(2);
    }
    Path spec = Path.of(args[0]);
    Result r =
        generate(spec, args.length == 2 ? Path.of(args[1]) : spec.toAbsolutePath().getParent());
    System.out.println("wrote " + r.national() + " (" + r.nationalRows() + " rows, real)");
    System.out.println(
        "wrote " + r.illustrative() + " (" + r.illustrativeRows() + " rows, illustrative)");
  }

  /**
   * Reads {@code specFile} (inputs relative to its folder) and writes the outputs into {@code
   * outputDir}.
   */
  public static Result generate(Path specFile, Path outputDir) {
    DerivationSpec spec = DerivationSpec.read(specFile);
    Path base = specFile.toAbsolutePath().getParent();
    List<Measurement> national = national(spec.national(), base);
    Path nationalOut = outputDir.resolve(spec.national().output());
    MeasurementCsv.write(nationalOut, national);
    List<Measurement> illustrative = illustrative(spec.illustrative(), national, base);
    Path illustrativeOut = outputDir.resolve(spec.illustrative().output());
    MeasurementCsv.write(illustrativeOut, illustrative);
    return new Result(nationalOut, national.size(), illustrativeOut, illustrative.size());
  }

  static List<Measurement> national(DerivationSpec.National spec, Path base) {
    List<Measurement> out = new ArrayList<>();
    for (DerivationSpec.Series series : spec.series()) {
      CsvFile csv = CsvFile.read(base.resolve(series.file()));
      String monthCol = csv.column(series.month());
      String valueCol = csv.column(series.value());
      String nationCol = series.nationColumn() == null ? null : csv.column(series.nationColumn());
      for (CsvFile.Row row : csv.rows()) {
        String where = csv.name() + ":" + row.line();
        YearMonth month = MeasurementImporter.parseMonth(row.get(monthCol));
        if (month == null) {
          throw new IllegalArgumentException(
              where + ": field '" + monthCol + "' = \"" + row.get(monthCol) + "\": not YYYY-MM");
        }
        double value;
        try {
          value = StrictNumber.parse(row.get(valueCol));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              where
                  + ": field '"
                  + valueCol
                  + "' = \""
                  + row.get(valueCol)
                  + "\": not a number ("
                  + StrictNumber.RULE
                  + ")");
        }
        if (!(Math.abs(value) <= MeasurementImporter.MAX_MAGNITUDE)) {
          throw new IllegalArgumentException(
              where
                  + ": field '"
                  + valueCol
                  + "' = \""
                  + row.get(valueCol)
                  + "\": not a finite number within -1e15 .. 1e15");
        }
        out.add(
            new Measurement(
                series.measure(),
                Optional.empty(),
                month,
                value,
                nationCol == null
                    ? Optional.ofNullable(series.nation())
                    : Optional.of(row.get(nationCol).strip()).filter(n -> !n.isEmpty()),
                Optional.ofNullable(series.role()),
                false,
                fill(series.note(), row, csv)));
      }
    }
    return out;
  }

  static List<Measurement> illustrative(
      DerivationSpec.Illustrative spec, List<Measurement> national, Path base) {
    SortedMap<String, Double> populations = populations(spec.populations(), base);
    List<DerivedValue> derived = new ArrayList<>();
    for (DerivationSpec.Split split : spec.split()) {
      List<NationalSplit.Snapshot> snapshots =
          national.stream()
              .filter(
                  m ->
                      m.measure().equals(split.measure())
                          && m.nation().isEmpty()
                          && m.role().isEmpty())
              .map(m -> new NationalSplit.Snapshot(m.month(), m.value(), m.note()))
              .toList();
      if (snapshots.isEmpty()) {
        throw new IllegalArgumentException(
            "split: no national series of measure '" + split.measure() + "' to split");
      }
      derived.addAll(
          NationalSplit.byPopulationShare(
              split.measure(), snapshots, populations, spec.populations().source()));
    }
    DerivationSpec.Governance g = spec.governance();
    if (g != null) {
      Map<String, GovernanceRule.RegionStart> exceptions = new LinkedHashMap<>();
      for (DerivationSpec.RegionRule rule : g.exceptions()) {
        for (String region : rule.regions()) {
          if (!populations.containsKey(region)) {
            throw new IllegalArgumentException(
                "governance.exceptions: unknown region '"
                    + region
                    + "' (regions: "
                    + String.join(", ", populations.keySet())
                    + ")");
          }
          exceptions.put(
              region, new GovernanceRule.RegionStart(YearMonth.parse(rule.from()), rule.reason()));
        }
      }
      GovernanceRule rule = new GovernanceRule(YearMonth.parse(g.from()), g.reason(), exceptions);
      derived.addAll(
          NationalSplit.governance(
              g.measure(),
              rule,
              List.copyOf(populations.keySet()),
              YearMonth.parse(g.first()),
              YearMonth.parse(g.last())));
    }
    return derived.stream()
        .sorted(
            Comparator.comparing(DerivedValue::month)
                .thenComparing(DerivedValue::measure)
                .thenComparing(DerivedValue::region))
        .map(
            d ->
                new Measurement(
                    d.measure(),
                    Optional.of(d.region()),
                    d.month(),
                    d.value(),
                    Optional.empty(),
                    Optional.empty(),
                    true,
                    d.note()))
        .toList();
  }

  private static SortedMap<String, Double> populations(DerivationSpec.Populations spec, Path base) {
    CsvFile csv = CsvFile.read(base.resolve(spec.file()));
    String regionCol = csv.column(spec.region());
    String popCol = csv.column(spec.population());
    SortedMap<String, Double> out = new TreeMap<>();
    for (CsvFile.Row row : csv.rows()) {
      try {
        if (out.put(row.get(regionCol), StrictNumber.parseGrouped(row.get(popCol))) != null) {
          throw new IllegalArgumentException(
              csv.name() + ":" + row.line() + ": region '" + row.get(regionCol) + "' listed twice");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            csv.name() + ":" + row.line() + ": field '" + popCol + "' is not a number");
      }
    }
    return out;
  }

  /** Replaces each {column} in {@code template} by the row's value in that column. */
  private static String fill(String template, CsvFile.Row row, CsvFile csv) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String column =
          csv.findColumn(m.group(1))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "note template names column {"
                              + m.group(1)
                              + "}, which "
                              + csv.name()
                              + " does not have (columns: "
                              + String.join(", ", csv.header())
                              + ")"));
      m.appendReplacement(sb, Matcher.quoteReplacement(row.get(column)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
