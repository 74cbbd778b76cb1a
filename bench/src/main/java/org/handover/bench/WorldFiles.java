package org.handover.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import org.handover.engine.theater.GridCell;
import org.handover.io.config.BenchmarkSetWriter;

/**
 * Writes a {@link GeneratedWorld} as the files a theater is imported from, with a manifest, so that
 * {@code handover import --manifest} and {@code handover export} turn it into exactly the Parquet
 * and CSV tables export writes (regions with their cell ids, neighbours, events, measurements):
 * cells, populations, one event per cell-month with deaths (UCDP GED columns, a point inside the
 * cell), and force snapshots. Every file is named and marked GENERATED: none of it is real data.
 *
 * <p>Beside them, the world's benchmark set ({@link GeneratedTheater#benchmarkSet}) as {@value
 * #BENCHMARKS} ({@link BenchmarkSetWriter}), for {@code handover export --benchmarks} and {@code
 * handover scale}. The manifest does not name it: importing and exporting the world's tables need
 * no set.
 *
 * <p>{@code java -cp ... org.handover.bench.WorldFiles CELLS MONTHS SEED DIR}
 */
public final class WorldFiles {
  static final String LABEL = "GENERATED illustrative data, not real";

  /** The file the world's benchmark set is written to. */
  public static final String BENCHMARKS = "generated-benchmarks.yaml";

  private WorldFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: WorldFiles CELLS MONTHS SEED DIR");
      System.exit(2);
    }
    int cells = Integer.parseInt(args[0]);
    int months = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    Path dir = Path.of(args[3]);
    long events = write(GeneratedWorld.of(cells, months, 20, seed), seed, dir);
    System.out.printf(
        Locale.ROOT,
        "%s: %d cells x %d months, %d events (%s)%n",
        dir,
        cells,
        months,
        events,
        LABEL);
  }

  /** Writes the world's files into {@code dir} (created); returns the number of events. */
  public static long write(GeneratedWorld world, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    BenchmarkSetWriter.write(world.set, dir.resolve(BENCHMARKS));
    int months = world.base.monthCount();
    try (BufferedWriter w = writer(dir.resolve("generated-cells.csv"))) {
      w.write("gid\n");
      for (GridCell c : world.cells) {
        w.write(c.name());
        w.write('\n');
      }
    }
    try (BufferedWriter w = writer(dir.resolve("generated-population.csv"))) {
      w.write("region,population,year\n");
      for (int r = 0; r < world.theater.size(); r++) {
        w.write(world.cells.get(r).name() + "," + (long) world.base.values("population")[r][0]);
        w.write(",2020\n");
      }
    }
    double[][] deaths = world.base.values("deaths_best");
    double[][] forces = world.base.values("local_force_personnel");
    long events = 0;
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5eedL);
    try (BufferedWriter w = writer(dir.resolve("generated-events-ucdp-ged.csv"))) {
      w.write(
          "id,date_start,date_end,adm_1,latitude,longitude,where_coordinates,type_of_violence,"
              + "low,best,high,side_a,side_b\n");
      StringBuilder s = new StringBuilder(160);
      for (int r = 0; r < world.theater.size(); r++) {
        GridCell c = world.cells.get(r);
        for (int m = 0; m < months; m++) {
          long best = (long) deaths[r][m];
          if (best == 0) {
            continue;
          }
          events++;
          YearMonth month = world.base.months().first().plusMonths(m);
          String day = month.atDay(1 + rnd.nextInt(month.lengthOfMonth())).toString();
          double lat = c.south() + (c.north() - c.south()) * (0.01 + 0.98 * rnd.nextDouble());
          double lon = c.west() + (c.east() - c.west()) * (0.01 + 0.98 * rnd.nextDouble());
          s.setLength(0);
          s.append(events).append(',').append(day).append(',').append(day).append(",,");
          s.append(String.format(Locale.ROOT, "%.4f,%.4f", lat, lon));
          s.append(",generated,").append(1 + rnd.nextInt(3)).append(',');
          s.append((long) Math.floor(best * 0.8)).append(',').append(best).append(',');
          s.append((long) Math.ceil(best * 1.3)).append(",,\n");
          w.write(s.toString());
        }
      }
    }
    try (BufferedWriter w = writer(dir.resolve("generated-measurements.csv"))) {
      w.write("month,region,measure,value,nation,role,illustrative,note\n");
      for (int r = 0; r < world.theater.size(); r++) {
        for (int m = 0; m < months; m++) {
          if (!Double.isNaN(forces[r][m])) {
            w.write(
                world.base.months().first().plusMonths(m)
                    + ","
                    + world.cells.get(r).name()
                    + ",local_force_personnel,"
                    + Math.round(forces[r][m])
                    + ",,,true,generated\n");
          }
        }
      }
    }
    Files.writeString(
        dir.resolve("theater.yaml"),
        "theater: generated-world\n"
            + "description: \""
            + LABEL
            + ": a world of "
            + world.theater.size()
            + " PRIO-GRID cells x "
            + months
            + " months for the scale-out benchmarks (bench/GeneratedWorld).\"\n"
            + "imports:\n"
            + "  - kind: regions\n"
            + "    file: generated-cells.csv\n"
            + "    options: {grid: \"0.5\"}\n"
            + "  - kind: neighbours\n"
            + "    options: {from_grid: \"true\", adjacency: queen}\n"
            + "  - kind: population\n"
            + "    file: generated-population.csv\n"
            + "  - kind: ucdp-ged\n"
            + "    file: generated-events-ucdp-ged.csv\n"
            + "  - kind: measurements\n"
            + "    file: generated-measurements.csv\n"
            + "    options: {illustrative: \"true\"}\n",
        StandardCharsets.UTF_8);
    return events;
  }

  private static BufferedWriter writer(Path p) throws IOException {
    return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
  }
}
