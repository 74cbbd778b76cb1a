package org.handover.bench.imports;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.indicator.Expression;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;

/**
 * Whole-process benchmark of filtered event series: imports a generated UCDP-GED-columned file once
 * (3,600 regions, 1989-2023), then times, per round, loading the theater's panel without filters,
 * with one filtered series, and with three (two filters on the type of violence, one on a side),
 * and prints what each filter adds.
 *
 * <p>Usage: FilteredPanelBenchmark [--events N] [--rounds R] [--seed X] [--side K]
 */
public final class FilteredPanelBenchmark {
  private FilteredPanelBenchmark() {}

  public static void main(String[] args) throws Exception {
    long events = Long.parseLong(option(args, "--events", "2000000"));
    int rounds = Integer.parseInt(option(args, "--rounds", "3"));
    long seed = Long.parseLong(option(args, "--seed", "20260101"));
    int side = Integer.parseInt(option(args, "--side", "60"));
    Path file = Path.of("bench/target/ucdp-ged-" + events + ".csv");
    Path storeFile = Path.of("bench/target/filtered-panel-bench.duckdb");
    SyntheticTheater theater = SyntheticTheater.of(side, seed);
    if (!Files.exists(file)) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      UcdpGedGenerator.write(file, events, theater, seed);
    }
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, Java %s; %,d events, %d regions%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        events,
        theater.size());
    ImportBenchmark.handoverImport(file, storeFile, theater);
    Map<String, Set<Filtered>> cases = new LinkedHashMap<>();
    cases.put("no filter", Set.of());
    cases.put("1 filter", filters("deaths_best[event_type == \"one-sided\"]"));
    cases.put(
        "3 filters",
        filters(
            "deaths_best[event_type == \"one-sided\"] + events[event_type in (\"state-based\","
                + " \"non-state\")] + deaths_best[side_a != \"Government of Country 1\"]"));
    Map<String, List<Double>> times = new LinkedHashMap<>();
    cases.keySet().forEach(k -> times.put(k, new ArrayList<>()));
    try (Store store = Store.open(storeFile)) {
      PanelLoader.load(store, "bench", Optional.empty()); // warm-up, not counted
      for (int r = 1; r <= rounds; r++) {
        for (Map.Entry<String, Set<Filtered>> c : cases.entrySet()) {
          double cpu0 = ImportBenchmark.cpuSeconds();
          long t0 = System.nanoTime();
          int columns =
              PanelLoader.load(store, "bench", Optional.empty(), c.getValue())
                  .panel()
                  .names()
                  .size();
          double wall = (System.nanoTime() - t0) / 1e9;
          times.get(c.getKey()).add(wall);
          System.out.printf(
              Locale.ROOT,
              "round %d, %-9s: %.2f s wall, %.2f s cpu, %d columns; load average %.1f%n",
              r,
              c.getKey(),
              wall,
              ImportBenchmark.cpuSeconds() - cpu0,
              columns,
              ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
      }
    }
    double base = median(times.get("no filter"));
    for (Map.Entry<String, List<Double>> t : times.entrySet()) {
      double m = median(t.getValue());
      System.out.printf(Locale.ROOT, "median %-9s: %.2f s (+%.2f s)%n", t.getKey(), m, m - base);
    }
  }

  private static Set<Filtered> filters(String expression) {
    return Expression.parse(expression).filteredSeries();
  }

  private static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
