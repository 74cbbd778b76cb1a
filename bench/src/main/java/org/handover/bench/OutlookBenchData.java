package org.handover.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Inputs for the outlook benchmarks: the IBC governorate-months and a generated 3,600-region
 * theater, a small benchmark set and an inline indicator (3-month rolling mean). Stand-ins until
 * the importer and the indicator calculator are merged; the integrator can switch them then.
 */
final class OutlookBenchData {
  static final String DEATHS = "deaths_best";

  private OutlookBenchData() {}

  /** Threat (3-month mean deaths), local forces (trained share) and calm, over four stages. */
  static BenchmarkSet benchmarkSet() {
    Condition threat = new Condition("threat", "Threat", Combination.allOf(),
        List.of(Benchmark.of("deaths-low", "deaths_3m", Comparison.LESS_OR_EQUAL, 10).heldFor(3)), "");
    Condition forces = new Condition("forces", "Local forces", Combination.allOf(),
        List.of(Benchmark.of("trained", "trained", Comparison.GREATER_OR_EQUAL, 0.5)), "");
    Condition calm = new Condition("calm", "Calm", Combination.allOf(),
        List.of(Benchmark.of("deaths-very-low", "deaths_3m", Comparison.LESS_OR_EQUAL, 2).heldFor(6)), "");
    return new BenchmarkSet("bench", "0", "", List.of(), List.of(threat, forces, calm),
        List.of(new Stage("FOREIGN_LEAD", "", List.of()), new Stage("JOINT", "", List.of("threat")),
            new Stage("LOCAL_LEAD", "", List.of("threat", "forces")),
            new Stage("LOCAL_CONTROL", "", List.of("threat", "forces", "calm"))), "");
  }

  /** Adds {@code deaths_3m}, the mean of the available months among the last three. */
  static UnaryOperator<Panel> indicators() {
    return panel -> {
      double[][] v = panel.values(DEATHS);
      double[][] out = new double[v.length][v[0].length];
      for (int r = 0; r < v.length; r++) {
        double[] row = v[r];
        for (int m = 0; m < row.length; m++) {
          double sum = 0;
          int n = 0;
          for (int k = Math.max(0, m - 2); k <= m; k++) {
            if (!Double.isNaN(row[k])) {
              sum += row[k];
              n++;
            }
          }
          out[r][m] = n == 0 ? Double.NaN : sum / n;
        }
      }
      return panel.with(Variable.real("deaths_3m", VariableKind.INDICATOR, "3-month mean deaths"), out);
    };
  }

  /** IBC governorate-months 2004-2011 (maximum recorded, multi-day incidents apportioned by day). */
  static Panel iraq() {
    Path data = findData();
    List<String> adjacency = read(data.resolve("geo/iraq-adjacency.csv"));
    TreeSet<String> names = new TreeSet<>();
    List<Neighbour> neighbours = new ArrayList<>();
    for (String line : adjacency.subList(1, adjacency.size())) {
      String[] f = line.split(",", -1);
      names.add(f[0]);
      names.add(f[1]);
      if (!f[3].isBlank()) {
        neighbours.add(new Neighbour(RegionId.of(f[0]), RegionId.of(f[1]), Double.parseDouble(f[3])));
      }
    }
    Theater theater = Theater.of("Iraq", names.stream().map(Region::named).toList(), neighbours);
    MonthRange months = MonthRange.parse("2004-01", "2011-12");
    Map<String, String> aliases = Map.of("Arbil", "Erbil", "Dahuk", "Dohuk", "Dhi Quar", "Dhi Qar",
        "Qadisiyyah", "Qadisiyah");
    DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    double[][] deaths = new double[theater.size()][months.length()];
    List<String> events = read(data.resolve("ibc/IBC_event.csv"));
    for (String line : events.subList(1, events.size())) {
      String[] f = line.replace("\"", "").split(",");
      if (f[5].equals("NA")) {
        continue;
      }
      LocalDate start;
      LocalDate end;
      try {
        start = LocalDate.parse(f[1], date);
        end = LocalDate.parse(f[2], date);
      } catch (DateTimeParseException e) {
        continue;
      }
      int r = theater.indexOf(RegionId.of(aliases.getOrDefault(f[5], f[5])));
      double perDay = Double.parseDouble(f[4]) / (ChronoUnit.DAYS.between(start, end) + 1);
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        int m = months.offsetOf(YearMonth.from(d));
        if (m >= 0 && m < months.length()) {
          deaths[r][m] += perDay;
        }
      }
    }
    return withTrained(Panel.empty(theater, months)
        .with(Variable.real(DEATHS, VariableKind.EVENT, "IBC maximum recorded deaths"), deaths), 1);
  }

  /**
   * A {@code side × side} grid of regions with 48 months of deaths: each region has its own
   * level (log-normal across regions) that drifts as a random walk, and monthly counts are
   * negative binomial around it.
   */
  static Panel generated(int side, long seed) {
    List<Region> regions = new ArrayList<>();
    List<Neighbour> neighbours = new ArrayList<>();
    for (int i = 0; i < side * side; i++) {
      regions.add(Region.named(name(i)));
      int row = i / side;
      int col = i % side;
      if (col + 1 < side) {
        neighbours.add(new Neighbour(RegionId.of(name(i)), RegionId.of(name(i + 1)), 1));
      }
      if (row + 1 < side) {
        neighbours.add(new Neighbour(RegionId.of(name(i)), RegionId.of(name(i + side)), 1));
      }
    }
    Theater theater = Theater.of("generated", regions, neighbours);
    MonthRange months = MonthRange.parse("2020-01", "2023-12");
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    double[][] deaths = new double[regions.size()][months.length()];
    for (double[] row : deaths) {
      double level = rng.nextNormal(1.2, 1.5);
      for (int m = 0; m < row.length; m++) {
        level += rng.nextNormal(0, 0.15);
        double mu = Math.exp(level);
        row[m] = rng.nextPoisson(rng.nextGamma(2, mu / 2) + 1e-9);
      }
    }
    Panel p = Panel.empty(theater, months).with(Variable.illustrative(DEATHS, VariableKind.EVENT,
        "generated deaths"), deaths);
    return withTrained(p, seed);
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "G%04d", i);
  }

  /** An illustrative trained share rising from 0.2 at region-specific speeds; no values after the data. */
  private static Panel withTrained(Panel p, long seed) {
    RandomDataGenerator rng = new RandomDataGenerator(seed + 1);
    double[][] trained = new double[p.regionCount()][p.monthCount()];
    for (double[] row : trained) {
      double slope = rng.nextUniform(0.002, 0.012);
      for (int m = 0; m < row.length; m++) {
        row[m] = Math.min(0.95, 0.2 + slope * m);
      }
    }
    return p.with(Variable.illustrative("trained", VariableKind.MEASUREMENT, "illustrative trained share"), trained);
  }

  private static Path findData() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("data/iraq");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("data/iraq not found above " + Path.of("").toAbsolutePath());
  }

  private static List<String> read(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.ISO_8859_1).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
