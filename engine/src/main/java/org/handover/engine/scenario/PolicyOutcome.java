package org.handover.engine.scenario;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.forecast.Quantiles;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * What a policy led to over the sample paths: deaths (median and 80% interval) by month and in
 * total, regions by decided stage over time, foreign troop-months by role and nation, the burden
 * share by nation, transfers and relapses. Knows the policy, the assumptions, the seed and the
 * number of paths it came from.
 */
public final class PolicyOutcome {
  /** The interval reported: 80%, from the 10th to the 90th percentile. */
  public static final double LOWER = 0.1;

  public static final double UPPER = 0.9;

  private final Policy policy;
  private final MonthRange months;
  private final List<RegionId> regions;
  private final List<Stage> stages;
  private final List<String> nations;
  private final Assumptions assumptions;
  private final long seed;
  private final List<PathResult> paths;

  private PolicyOutcome(
      Policy policy,
      MonthRange months,
      List<RegionId> regions,
      List<Stage> stages,
      List<String> nations,
      Assumptions assumptions,
      long seed,
      List<PathResult> paths) {
    this.policy = policy;
    this.months = months;
    this.regions = regions;
    this.stages = stages;
    this.nations = nations;
    this.assumptions = assumptions;
    this.seed = seed;
    this.paths = List.copyOf(paths);
  }

  static PolicyOutcome of(
      Policy policy,
      Scenario scenario,
      List<String> nations,
      Assumptions assumptions,
      long seed,
      List<PathResult> paths) {
    return new PolicyOutcome(
        policy,
        scenario.months(),
        scenario.inputs().known().theater().regions().stream().map(r -> r.id()).toList(),
        scenario.stages(),
        List.copyOf(nations),
        assumptions,
        seed,
        paths);
  }

  public Policy policy() {
    return policy;
  }

  public MonthRange months() {
    return months;
  }

  public List<RegionId> regions() {
    return regions;
  }

  public List<Stage> stages() {
    return stages;
  }

  public List<String> nations() {
    return nations;
  }

  public Assumptions assumptions() {
    return assumptions;
  }

  public long seed() {
    return seed;
  }

  public int pathCount() {
    return paths.size();
  }

  /** Every path's result, in path order. */
  List<PathResult> paths() {
    return paths;
  }

  /** National deaths in step {@code s} at quantile {@code level} over the paths. */
  public double deaths(int s, double level) {
    double[] v = new double[paths.size()];
    for (int p = 0; p < v.length; p++) {
      v[p] = paths.get(p).deaths()[s];
    }
    Arrays.sort(v);
    return Quantiles.ofSorted(v, level);
  }

  /** Deaths over the whole run at quantile {@code level}. */
  public double totalDeaths(double level) {
    double[] v = paths.stream().mapToDouble(PathResult::totalDeaths).sorted().toArray();
    return Quantiles.ofSorted(v, level);
  }

  /** A region's deaths over the run, mean over paths. */
  public double regionDeaths(int region) {
    return paths.stream()
        .mapToDouble(
            p -> {
              double t = 0;
              for (double d : p.regionDeaths()[region]) {
                t += Double.isNaN(d) ? 0 : d;
              }
              return t;
            })
        .average()
        .orElse(0);
  }

  /** The region's deaths in step {@code s} on every path, in path order (NaN: no forecast). */
  public double[] regionDeathsSample(int region, int s) {
    return paths.stream().mapToDouble(p -> p.regionDeaths()[region][s]).toArray();
  }

  /**
   * Mean number of regions whose decided stage in step {@code s} is rank {@code stage} ({@code -1}:
   * not decided).
   */
  public double regionsAt(int s, int stage) {
    long n = 0;
    for (PathResult p : paths) {
      for (int[] row : p.status()) {
        if (row[s] == stage) {
          n++;
        }
      }
    }
    return n / (double) paths.size();
  }

  /** Foreign troop-months in {@code role} over the run, mean over paths. */
  public double troopMonths(Role role) {
    return paths.stream()
        .mapToDouble(p -> p.troopMonthsByRole()[role.ordinal()])
        .average()
        .orElse(0);
  }

  /** Foreign troop-months of nation {@code n} (index in {@link #nations()}), mean over paths. */
  public double troopMonthsOfNation(int n) {
    return paths.stream().mapToDouble(p -> p.troopMonthsByNation()[n]).average().orElse(0);
  }

  /** Every foreign troop-month, mean over paths. */
  public double troopMonths() {
    double s = 0;
    for (Role r : Role.values()) {
      s += troopMonths(r);
    }
    return s;
  }

  /** Nation {@code n}'s share of the foreign troop-months (0 when there are none). */
  public double burdenShare(int n) {
    double all = troopMonths();
    return all > 0 ? troopMonthsOfNation(n) / all : 0;
  }

  /**
   * The share of the foreign troop-months from nations other than the first (the largest at the
   * start, the lead nation); 0 when there are none.
   */
  public double partnerShare() {
    double all = troopMonths();
    return all > 0 ? 1 - troopMonthsOfNation(0) / all : 0;
  }

  /** Regions transferred during the run, mean over paths. */
  public double regionsTransferred() {
    double s = 0;
    for (int r = 0; r < regions.size(); r++) {
      s += transferShare(r);
    }
    return s;
  }

  /** Foreign troops in the theater in step {@code s}, mean over paths. */
  public double foreignTroops(int s) {
    return paths.stream().mapToDouble(p -> p.foreignTroops()[s]).average().orElse(0);
  }

  /** Foreign troops in {@code role} in step {@code s}, mean over paths. */
  public double troops(int s, Role role) {
    return paths.stream().mapToDouble(p -> p.troopsByRole()[s][role.ordinal()]).average().orElse(0);
  }

  /** Trained local forces in the theater in step {@code s}, mean over paths. */
  public double localForces(int s) {
    return paths.stream().mapToDouble(p -> p.localForces()[s]).average().orElse(0);
  }

  /** Share of paths on which the region was transferred during the run. */
  public double transferShare(int region) {
    return paths.stream().filter(p -> p.transferredAt()[region] >= 0).count()
        / (double) paths.size();
  }

  /**
   * The median month of the region's transfer over the paths that transfer it, if at least half do.
   */
  public java.util.Optional<YearMonth> medianTransfer(int region) {
    int[] steps =
        paths.stream()
            .mapToInt(p -> p.transferredAt()[region])
            .filter(s -> s >= 0)
            .sorted()
            .toArray();
    if (steps.length * 2 < paths.size()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(months.first().plusMonths(steps[(steps.length - 1) / 2]));
  }

  /**
   * The stage rank the region was most often transferred to on the paths that transfer it (the
   * lower of equally frequent ones); -1 if none does.
   */
  public int transferStage(int region) {
    int[] count = new int[stages.size()];
    for (PathResult p : paths) {
      int k = p.transferredTo()[region];
      if (k >= 0) {
        count[k]++;
      }
    }
    int best = -1;
    for (int k = 0; k < count.length; k++) {
      if (count[k] > 0 && (best < 0 || count[k] > count[best])) {
        best = k;
      }
    }
    return best;
  }

  /** Mean number of regions that relapsed (transferred, then recommended to step back). */
  public double relapses() {
    return paths.stream().mapToInt(PathResult::relapses).average().orElse(0);
  }

  /** Share of paths on which the region relapsed. */
  public double relapseShare(int region) {
    return paths.stream().filter(p -> p.relapsed()[region]).count() / (double) paths.size();
  }

  /** Share of paths with at least one relapse. */
  public double anyRelapse() {
    return paths.stream().filter(p -> p.relapses() > 0).count() / (double) paths.size();
  }

  /** The mean number of rounds a path needed before its decisions settled. */
  public double meanRounds() {
    return paths.stream().mapToInt(PathResult::iterations).average().orElse(0);
  }

  /** The most rounds a path needed before its decisions settled. */
  public int maxRounds() {
    return paths.stream().mapToInt(PathResult::iterations).max().orElse(0);
  }

  /** The deaths of every path in step {@code s}, in path order: for tests and distributions. */
  public double[] deathsSample(int s) {
    return paths.stream().mapToDouble(p -> p.deaths()[s]).toArray();
  }
}
