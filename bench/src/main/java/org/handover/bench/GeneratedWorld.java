package org.handover.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Adjacency;
import org.handover.engine.theater.GridCell;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegularGrid;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * A GENERATED, illustrative world for the scale-out benchmarks: regions are PRIO-GRID's 0.5-degree
 * cells (named by gid, queen neighbours among the kept cells), {@code cells} of them chosen as
 * "land" by a smooth seeded field over the globe (so they form continents, not noise), monthly
 * deaths from a persistent log-normal process around seeded conflict zones (most cell-months 0, as
 * in real cell-level event data), sparse force snapshots, and the benchmark set of {@link
 * GeneratedTheater}. Nothing here is real data. Deterministic given the seed.
 */
public final class GeneratedWorld {
  /** The first month of every generated world. */
  public static final YearMonth FIRST = YearMonth.of(2000, 1);

  public final RegularGrid grid;

  /** The kept cells, in the theater's region order. */
  public final List<GridCell> cells;

  public final Theater theater;
  public final Panel base;
  public final BenchmarkSet set;

  private GeneratedWorld(
      RegularGrid grid, List<GridCell> cells, Theater theater, Panel base, BenchmarkSet set) {
    this.grid = grid;
    this.cells = cells;
    this.theater = theater;
    this.base = base;
    this.set = set;
  }

  public static GeneratedWorld of(int cells, int months, int benchmarks, long seed) {
    RegularGrid grid = RegularGrid.prioGrid();
    SplittableRandom rnd = new SplittableRandom(seed);
    Field land = Field.random(rnd, 6);
    Field conflict = Field.random(rnd, 4);
    List<GridCell> kept =
        grid.cells()
            .filter(c -> c.centroidLatitude() > -56 && c.centroidLatitude() < 84)
            .sorted(
                Comparator.comparingDouble((GridCell c) -> -land.at(c)).thenComparing(GridCell::id))
            .limit(cells)
            .sorted(Comparator.comparing(GridCell::name))
            .toList();
    if (kept.size() < cells) {
      throw new IllegalArgumentException("at most " + kept.size() + " cells, not " + cells);
    }
    List<Region> regions = new ArrayList<>(kept.size());
    Map<Long, GridCell> byId = new HashMap<>();
    for (GridCell c : kept) {
      byId.put(c.id(), c);
      regions.add(Region.named(c.name()).withPopulation(1_000 + rnd.nextInt(2_000_000)));
    }
    List<Neighbour> neighbours = new ArrayList<>();
    for (GridCell c : kept) {
      for (GridCell n : grid.neighbours(c, Adjacency.QUEEN)) {
        if (byId.containsKey(n.id()) && c.name().compareTo(n.name()) < 0) {
          neighbours.add(new Neighbour(c.regionId(), n.regionId(), Double.NaN));
        }
      }
    }
    Theater t = Theater.of("generated-world", regions, neighbours);
    MonthRange range = MonthRange.of(FIRST, FIRST.plusMonths(months - 1));
    int n = t.size();
    double[][] deaths = new double[n][months];
    double[][] forces = new double[n][months];
    double[] population = new double[n];
    for (int r = 0; r < n; r++) {
      population[r] = t.regions().get(r).population();
      // Conflict zones: the top of a second field; elsewhere a level well below an event a month.
      double centre = -4 + 5.5 * Math.max(0, conflict.at(kept.get(r)) - 0.35) / 0.65;
      double level = centre + rnd.nextGaussian();
      for (int m = 0; m < months; m++) {
        level = 0.9 * level + 0.1 * centre + rnd.nextGaussian() * 0.4;
        deaths[r][m] = Math.floor(Math.exp(level + rnd.nextGaussian() * 0.5));
        forces[r][m] = m % 6 == 0 ? population[r] * (0.002 + 0.02 * m / months) : Double.NaN;
      }
    }
    Panel p =
        Panel.empty(t, range)
            .with(Variable.real("deaths_best", VariableKind.EVENT, "generated world"), deaths)
            .with(
                Variable.illustrative(
                    "local_force_personnel", VariableKind.MEASUREMENT, "generated world"),
                forces)
            .withAttribute(
                Variable.real("population", VariableKind.ATTRIBUTE, "generated world"), population);
    return new GeneratedWorld(grid, kept, t, p, GeneratedTheater.benchmarkSet(benchmarks));
  }

  /** A smooth field over the sphere in [0, 1]: a sum of seeded waves of a few wavelengths. */
  private record Field(double[][] waves) {
    static Field random(SplittableRandom rnd, int count) {
      double[][] w = new double[count][5];
      for (double[] wave : w) {
        wave[0] = rnd.nextDouble(0.5, 1); // amplitude
        wave[1] = rnd.nextDouble(1, 5); // cycles over latitude
        wave[2] = rnd.nextInt(1, 6); // whole cycles around the globe, so 180 meets -180
        wave[3] = rnd.nextDouble(0, 2 * Math.PI);
        wave[4] = rnd.nextDouble(0, 2 * Math.PI);
      }
      return new Field(w);
    }

    double at(GridCell c) {
      double lat = Math.toRadians(c.centroidLatitude());
      double lon = Math.toRadians(c.centroidLongitude());
      double sum = 0;
      double max = 0;
      for (double[] w : waves) {
        sum += w[0] * Math.sin(w[1] * lat + w[3]) * Math.cos(w[2] * lon + w[4]);
        max += w[0];
      }
      return (sum / max + 1) / 2;
    }
  }
}
