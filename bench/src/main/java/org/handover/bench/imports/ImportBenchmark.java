package org.handover.bench.imports;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.events.EventImportRequest;
import org.handover.io.imports.events.EventImporter;
import org.handover.io.imports.events.ImportPhases;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.store.Store;

/**
 * Whole-process import benchmark: in one run, times (a) DuckDB alone reading a UCDP-GED-columned
 * CSV with read_csv and grouping it by region and month, in a fresh in-memory database, and (b)
 * Handover's full event import of the same file into a fresh store file; prints both and their
 * ratio.
 *
 * <p>Usage: ImportBenchmark [--events N] [--file F] [--store S] [--rounds R] [--seed X] [--side K]
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  /**
   * CPU time of the whole process so far (every thread, DuckDB's native ones included), in seconds.
   */
  static double cpuSeconds() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  public static void main(String[] args) throws Exception {
    long events = Long.parseLong(option(args, "--events", "10000000"));
    Path file = Path.of(option(args, "--file", "bench/target/ucdp-ged-" + events + ".csv"));
    Path storeFile = Path.of(option(args, "--store", "bench/target/import-bench.duckdb"));
    int rounds = Integer.parseInt(option(args, "--rounds", "2"));
    long seed = Long.parseLong(option(args, "--seed", "20260101"));
    int side = Integer.parseInt(option(args, "--side", "60"));
    SyntheticTheater theater = SyntheticTheater.of(side, seed);
    if (!Files.exists(file)) {
      long t0 = System.nanoTime();
      Files.createDirectories(file.toAbsolutePath().getParent());
      UcdpGedGenerator.write(file, events, theater, seed);
      System.out.printf(
          Locale.ROOT,
          "generated %s (%,d events, %,d bytes) in %.1f s%n",
          file,
          events,
          Files.size(file),
          (System.nanoTime() - t0) / 1e9);
    }
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, %.1f GiB max heap, Java %s, %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1073741824.0,
        System.getProperty("java.version"),
        System.getProperty("os.name"));
    System.out.printf(
        Locale.ROOT, "file: %s, %,d bytes, %d regions%n", file, Files.size(file), theater.size());
    List<Double> duck = new ArrayList<>();
    List<Double> ours = new ArrayList<>();
    List<Double> duckCpu = new ArrayList<>();
    List<Double> oursCpu = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      double c0 = cpuSeconds();
      double d = duckDbAlone(file);
      double c1 = cpuSeconds();
      double h = handoverImport(file, storeFile, theater);
      double c2 = cpuSeconds();
      duck.add(d);
      ours.add(h);
      duckCpu.add(c1 - c0);
      oursCpu.add(c2 - c1);
      System.out.printf(
          Locale.ROOT,
          "round %d: duckdb read_csv + group by %.2f s (cpu %.1f s), handover import %.2f s"
              + " (cpu %.1f s, incl. loading regions), ratio %.2f wall, %.2f cpu%n",
          r,
          d,
          c1 - c0,
          h,
          c2 - c1,
          h / d,
          (c2 - c1) / (c1 - c0));
      System.out.printf(
          Locale.ROOT,
          "  load average now: %.2f%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    if (rounds == 0) {
      return;
    }
    double d = median(duck);
    double h = median(ours);
    System.out.printf(
        Locale.ROOT,
        "median of %d rounds: duckdb %.2f s, handover import %.2f s, ratio %.2f (target <= 1.5);"
            + " cpu ratio %.2f%n",
        rounds,
        d,
        h,
        h / d,
        median(oursCpu) / median(duckCpu));
  }

  /**
   * read_csv (with its usual sniffing and typed parsing; ignore_errors so the file's few impossible
   * dates do not stop it) and the region-month GROUP BY, in a fresh in-memory database.
   */
  static double duckDbAlone(Path file) throws SQLException {
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT adm_1, date_trunc('month', TRY_CAST(date_start AS DATE)) AS month, count(*),"
                    + " sum(TRY_CAST(best AS DOUBLE)) FROM read_csv('"
                    + file.toAbsolutePath()
                    + "', ignore_errors = true)"
                    + " GROUP BY ALL")) {
      long groups = 0;
      while (rs.next()) {
        groups++;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "  duckdb: %,d region-month groups%n", groups);
      return seconds;
    }
  }

  /**
   * With -Dhandover.import.timing=true, each import phase is printed with its wall and process CPU
   * time.
   */
  private static final boolean PHASES = Boolean.getBoolean("handover.import.timing");

  /**
   * Prints each phase's wall time and the process CPU time (every thread, DuckDB's included) since
   * the last.
   */
  private static final class PhasePrinter implements ImportPhases {
    private double lastCpu = cpuSeconds();

    @Override
    public void phase(String name, long wallNanos) {
      double cpu = cpuSeconds();
      System.err.printf(
          Locale.ROOT,
          "  [import] %-28s %8.3f s wall %8.3f s cpu (since last)%n",
          name,
          wallNanos / 1e9,
          cpu - lastCpu);
      lastCpu = cpu;
    }
  }

  /**
   * Handover's full import into a fresh store file whose theater's regions are already loaded (not
   * timed).
   */
  static double handoverImport(Path file, Path storeFile, SyntheticTheater theater)
      throws IOException {
    Files.deleteIfExists(storeFile);
    Files.deleteIfExists(Path.of(storeFile + ".wal"));
    try (Store store = Store.open(storeFile)) {
      loadRegions(store, theater);
      long t0 = System.nanoTime();
      ImportReport report =
          EventImporter.importFile(
              store,
              EventImportRequest.of("bench", EventFormat.UCDP_GED, file),
              PHASES ? new PhasePrinter() : ImportPhases.NONE);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "  handover: %,d read, %,d imported, %,d rejected, %,d without region; %s%n",
          report.rowsRead(),
          report.rowsImported(),
          report.rowsRejected(),
          report.rowsUnassigned(),
          report.notes().get(1));
      return seconds;
    }
  }

  static void loadRegions(Store store, SyntheticTheater theater) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO regions (theater, region, geometry) VALUES ('bench', ?, ?)")) {
            for (int i = 0; i < theater.size(); i++) {
              ps.setString(1, theater.names().get(i));
              ps.setString(2, theater.geometry(i));
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
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
