package org.handover.engine.outlook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.ForecastModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parallelism;
import org.handover.engine.forecast.PathSampler;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * The chance each region is ready for its next stage by each future month, found by running the
 * benchmark set over forecast sample paths: for each path, a panel of the history window plus the
 * simulated months, the caller's indicators computed on it, then one {@link Evaluation} of it. A
 * region is ready in a month by the recommendation rule ({@link Evaluation#ready}): the next
 * stage's conditions (and every lower stage's) have held for that stage's {@code promote_after}
 * consecutive months up to that month, the months of history the path carries counting as observed.
 * "Ready by month m" means ready in at least one month from the origin to m. A condition with no
 * data is not met.
 *
 * <p>Paths are drawn and judged in fixed chunks spread over threads; each path's draws depend only
 * on the seed and its index and the tallies are integer counts, so the result is the same on any
 * number of threads, and ranges of paths run apart ({@link #runPaths}) merge into the same result
 * ({@link #result}).
 */
public final class Outlook {
  private static final int CHUNK = 8;

  /** The outlook carries its own provenance; the evaluations of paths need none. */
  private static final Provenance NONE = Provenance.of(List.of());

  private final BenchmarkSet set;
  private final Assessor assessor;
  private final UnaryOperator<Panel> indicators;

  private Outlook(BenchmarkSet set, UnaryOperator<Panel> indicators) {
    this.set = Objects.requireNonNull(set, "set");
    this.assessor = Assessor.of(set);
    this.indicators = Objects.requireNonNull(indicators, "indicators");
  }

  /**
   * @param indicators adds the indicator columns the benchmark set reads to a panel of inputs (the
   *     indicator calculator); it must only look backwards in time
   */
  public static Outlook of(BenchmarkSet set, UnaryOperator<Panel> indicators) {
    return new Outlook(set, indicators);
  }

  /** Fits {@code model} to {@code variable} before {@code origin}, then runs the outlook. */
  public OutlookResult run(
      Panel panel, String variable, YearMonth origin, ForecastModel model, OutlookOptions options) {
    return run(
        panel, variable, origin, model.fit(History.before(panel, variable, origin)), options);
  }

  /**
   * Runs the outlook with paths of {@code model} drawn from {@code variable}'s months before {@code
   * origin}.
   */
  public OutlookResult run(
      Panel panel, String variable, YearMonth origin, FittedModel model, OutlookOptions options) {
    Prepared prepared = prepare(panel, variable, origin, model, options);
    List<OutlookTally> tallies =
        Parallelism.overChunks(
            options.paths(),
            CHUNK,
            options.threads(),
            (from, to) -> prepared.run(options.seed(), from, to));
    OutlookTally total = prepared.empty();
    for (OutlookTally t : tallies) {
      total = total.merge(t);
    }
    return prepared.result(total);
  }

  /**
   * Runs only the paths {@code from .. to - 1} of the outlook {@link #run(Panel, String, YearMonth,
   * FittedModel, OutlookOptions)} would run, on the calling thread. Tallies of disjoint ranges
   * merged ({@link OutlookTally#merge}) and passed to {@link #result} give exactly the same result
   * as {@code run}: the way to spread an outlook's paths over machines.
   */
  public OutlookTally runPaths(
      Panel panel,
      String variable,
      YearMonth origin,
      FittedModel model,
      OutlookOptions options,
      int from,
      int to) {
    if (from < 0 || to > options.paths() || from > to) {
      throw new IllegalArgumentException(
          "paths " + from + ".." + to + " are not within 0.." + options.paths());
    }
    return prepare(panel, variable, origin, model, options).run(options.seed(), from, to);
  }

  /**
   * The outlook from the merged tallies of every path {@code 0 .. options.paths() - 1}, each
   * counted once.
   *
   * @throws IllegalArgumentException if {@code total} misses a path or is of another shape
   */
  public OutlookResult result(
      Panel panel,
      String variable,
      YearMonth origin,
      FittedModel model,
      OutlookOptions options,
      OutlookTally total) {
    return prepare(panel, variable, origin, model, options).result(total);
  }

  private Prepared prepare(
      Panel panel, String variable, YearMonth origin, FittedModel model, OutlookOptions options) {
    int horizon = options.horizon();
    PathPanels panels = PathPanels.of(panel, variable, origin, horizon, lookback(options));
    int regions = panel.regionCount();
    int history = panels.historyMonths();
    List<Stage> stages = set.stages();
    int[][] ranksBefore =
        assessor.evaluate(indicators.apply(panels.historyPanel()), NONE).metRanks();
    int[] current = new int[regions];
    int[] next = new int[regions];
    for (int r = 0; r < regions; r++) {
      current[r] = ranksBefore[r][history - 1];
      next[r] = current[r] + 1 < stages.size() ? current[r] + 1 : -1;
    }
    PathSampler sampler = model.sampler(History.before(panel, variable, origin), horizon);
    return new Prepared(panel, variable, origin, model, options, panels, current, next, sampler);
  }

  /** What every range of an outlook's paths shares: the path panels, stages and sampler. */
  private final class Prepared {
    final Panel panel;
    final String variable;
    final YearMonth origin;
    final FittedModel model;
    final OutlookOptions options;
    final PathPanels panels;
    final int[] current;
    final int[] next;
    final PathSampler sampler;

    Prepared(
        Panel panel,
        String variable,
        YearMonth origin,
        FittedModel model,
        OutlookOptions options,
        PathPanels panels,
        int[] current,
        int[] next,
        PathSampler sampler) {
      this.panel = panel;
      this.variable = variable;
      this.origin = origin;
      this.model = model;
      this.options = options;
      this.panels = panels;
      this.current = current;
      this.next = next;
      this.sampler = sampler;
    }

    OutlookTally empty() {
      return new OutlookTally(panel.regionCount(), options.horizon(), 0, 0);
    }

    OutlookTally run(long seed, int from, int to) {
      int regions = panel.regionCount();
      int horizon = options.horizon();
      int history = panels.historyMonths();
      OutlookTally tally = new OutlookTally(regions, horizon, from, to);
      PathSampler.Worker worker = sampler.worker();
      double[][] drawn = new double[regions][horizon];
      double[][] column = panels.newForecastColumn();
      for (int p = from; p < to; p++) {
        worker.sample(seed, p, drawn);
        for (int r = 0; r < regions; r++) {
          System.arraycopy(drawn[r], 0, column[r], history, horizon);
        }
        tally.add(
            assessor.evaluate(indicators.apply(panels.pathPanel(column)), NONE), next, history);
      }
      return tally;
    }

    OutlookResult result(OutlookTally total) {
      int regions = panel.regionCount();
      int horizon = options.horizon();
      if (total.first.length != regions
          || (regions > 0 && total.first[0].length != horizon)
          || !total.coversExactly(options.paths())) {
        throw new IllegalArgumentException(
            "the tallies count "
                + total.paths()
                + " path(s) of "
                + total.first.length
                + " region(s), not each of paths 0.."
                + (options.paths() - 1)
                + " of "
                + regions
                + " once");
      }
      List<RegionOutlook> out = new ArrayList<>();
      List<Region> rs = panel.theater().regions();
      for (int r = 0; r < regions; r++) {
        out.add(regionOutlook(rs.get(r), current[r], total, r, options.paths(), origin, horizon));
      }
      return new OutlookResult(
          origin,
          MonthRange.of(origin, origin.plusMonths(horizon - 1)),
          panels.axis(),
          variable,
          model.modelName(),
          model.parameters(),
          options.seed(),
          options.paths(),
          set.name(),
          set.version(),
          panels.treatments(),
          out);
    }
  }

  /**
   * For each region, the chance of being ready for {@code target[r]} (a stage rank; -1: none) by
   * each of the {@code options.horizon()} months from {@code origin}, and the chance of relapsing
   * after a move in each of them: the target stage's conditions failing for its {@code
   * demote_after} months in a row within {@code window} months. The paths run {@code window} months
   * past the horizon, so a late move is judged over as many months as an early one. Same seed, same
   * paths as an outlook of the longer horizon.
   */
  public TransitionRisks transitionRisks(
      Panel panel,
      String variable,
      YearMonth origin,
      ForecastModel model,
      OutlookOptions options,
      int[] target,
      int window) {
    if (window < 1) {
      throw new IllegalArgumentException("the relapse window must be 1 month or more");
    }
    if (target.length != panel.regionCount()) {
      throw new IllegalArgumentException("need a target (or -1) for every region");
    }
    FittedModel fitted = model.fit(History.before(panel, variable, origin));
    int horizon = options.horizon();
    int span = horizon + window;
    PathPanels panels = PathPanels.of(panel, variable, origin, span, lookback(options));
    int regions = panel.regionCount();
    int history = panels.historyMonths();
    int[] demote = new int[set.stages().size()];
    for (int s = 0; s < demote.length; s++) {
      demote[s] = set.stages().get(s).hysteresis().demoteAfter();
    }
    PathSampler sampler = fitted.sampler(History.before(panel, variable, origin), span);
    List<RiskTally> tallies =
        Parallelism.overChunks(
            options.paths(),
            CHUNK,
            options.threads(),
            (from, to) -> {
              RiskTally tally = new RiskTally(regions, horizon);
              PathSampler.Worker worker = sampler.worker();
              double[][] drawn = new double[regions][span];
              double[][] column = panels.newForecastColumn();
              for (int p = from; p < to; p++) {
                worker.sample(options.seed(), p, drawn);
                for (int r = 0; r < regions; r++) {
                  System.arraycopy(drawn[r], 0, column[r], history, span);
                }
                Evaluation path =
                    assessor.evaluate(indicators.apply(panels.pathPanel(column)), NONE);
                tally.add(path, target, demote, history, window);
              }
              return tally;
            });
    RiskTally total = new RiskTally(regions, horizon);
    tallies.forEach(total::merge);
    double[][] readyBy = new double[regions][];
    double[][] relapse = new double[regions][];
    List<RegionId> ids = new ArrayList<>();
    List<Optional<String>> targets = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      ids.add(panel.theater().regions().get(r).id());
      targets.add(target[r] < 0 ? Optional.empty() : Optional.of(set.stages().get(target[r]).id()));
      int n = target[r] < 0 ? 0 : horizon;
      readyBy[r] = new double[n];
      relapse[r] = new double[n];
      long cumulative = 0;
      for (int k = 0; k < n; k++) {
        cumulative += total.first[r][k];
        readyBy[r][k] = cumulative / (double) options.paths();
        relapse[r][k] = total.relapse[r][k] / (double) options.paths();
      }
    }
    return new TransitionRisks(
        origin,
        MonthRange.of(origin, origin.plusMonths(horizon - 1)),
        window,
        options.paths(),
        options.seed(),
        ids,
        targets,
        target,
        readyBy,
        relapse,
        set.name(),
        set.version(),
        fitted.modelName());
  }

  /**
   * History each path carries: the caller's indicator lookback plus the longest benchmark window
   * and hold.
   */
  private int lookback(OutlookOptions options) {
    int need = 0;
    for (var b : set.benchmarks().values()) {
      need = Math.max(need, b.window().months() + b.heldFor() - 1);
    }
    return need + options.indicatorLookbackMonths();
  }

  private RegionOutlook regionOutlook(
      Region region,
      int current,
      OutlookTally total,
      int r,
      int paths,
      YearMonth origin,
      int horizon) {
    List<Stage> stages = set.stages();
    Stage stage = stages.get(current);
    MonthRange months = MonthRange.of(origin, origin.plusMonths(horizon - 1));
    if (current + 1 >= stages.size()) {
      return new RegionOutlook(
          region.id(),
          stage,
          Optional.empty(),
          List.of(),
          new double[0],
          new double[0],
          ReadinessMonth.of(new double[0], months));
    }
    Stage next = stages.get(current + 1);
    double[] readyBy = new double[horizon];
    double[] metIn = new double[horizon];
    long cumulative = 0;
    for (int k = 0; k < horizon; k++) {
      cumulative += total.first[r][k];
      readyBy[k] = cumulative / (double) paths;
      metIn[k] = total.met[r][k] / (double) paths;
    }
    return new RegionOutlook(
        region.id(),
        stage,
        Optional.of(next),
        next.requires(),
        readyBy,
        metIn,
        ReadinessMonth.of(readyBy, months));
  }

  /** Integer counts over paths, for {@link #transitionRisks}. */
  private static final class RiskTally {
    /** {@code first[r][k]}: paths first ready for the target in month k. */
    final long[][] first;

    /** {@code relapse[r][k]}: paths on which a move in month k is followed by a step back. */
    final long[][] relapse;

    RiskTally(int regions, int horizon) {
      first = new long[regions][horizon];
      relapse = new long[regions][horizon];
    }

    void add(Evaluation path, int[] target, int[] demote, int history, int window) {
      int[][] ranks = path.metRanks();
      int horizon = first.length == 0 ? 0 : first[0].length;
      int span = horizon + window;
      boolean[] run = new boolean[span];
      for (int r = 0; r < target.length; r++) {
        if (target[r] < 0) {
          continue;
        }
        for (int k = 0; k < horizon; k++) {
          if (path.ready(r, target[r], history + k)) {
            first[r][k]++;
            break;
          }
        }
        // run[k]: the target's conditions have failed for demote_after months in a row up to k.
        int need = demote[target[r]];
        int failing = 0;
        for (int k = 0; k < span; k++) {
          failing = ranks[r][history + k] < target[r] ? failing + 1 : 0;
          run[k] = failing >= need;
        }
        // A move in month k relapses when such a run lies wholly within months k .. k+window-1.
        int next = Integer.MAX_VALUE;
        int[] nextRunEnd = new int[span + 1];
        nextRunEnd[span] = next;
        for (int k = span - 1; k >= 0; k--) {
          nextRunEnd[k] = run[k] ? k : nextRunEnd[k + 1];
        }
        for (int k = 0; k < horizon; k++) {
          int from = k + need - 1;
          if (from < span && nextRunEnd[from] < k + window) {
            relapse[r][k]++;
          }
        }
      }
    }

    void merge(RiskTally other) {
      for (int r = 0; r < first.length; r++) {
        for (int k = 0; k < first[r].length; k++) {
          first[r][k] += other.first[r][k];
          relapse[r][k] += other.relapse[r][k];
        }
      }
    }
  }
}
