package org.handover.engine.forecast.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.ForecastModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.SamplePaths;
import org.handover.engine.forecast.Seeds;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * Rolling-origin evaluation of a model against naive baselines. At every origin each forecaster is
 * refitted on a {@link History} holding copies of the months before the origin only, so no
 * forecaster can see the months it is scored on. Forecasters are warm-started from their fit at the
 * previous origin. Every forecaster is scored on the same region-months: those with an outcome and
 * a forecast from all of them.
 */
public final class Backtest {
  private final ForecastModel model;
  private final List<ForecastModel> baselines;
  private final BacktestOptions options;

  private Backtest(ForecastModel model, List<ForecastModel> baselines, BacktestOptions options) {
    this.model = Objects.requireNonNull(model, "model");
    this.baselines = List.copyOf(baselines);
    this.options = Objects.requireNonNull(options, "options");
    if (this.baselines.isEmpty()) {
      throw new IllegalArgumentException("a backtest needs at least one baseline to compare with");
    }
    Set<String> names = new HashSet<>();
    names.add(model.name());
    for (ForecastModel b : this.baselines) {
      if (!names.add(b.name())) {
        throw new IllegalArgumentException("two forecasters are named " + b.name());
      }
    }
  }

  public static Backtest of(
      ForecastModel model, List<ForecastModel> baselines, BacktestOptions options) {
    return new Backtest(model, baselines, options);
  }

  public BacktestResult run(Panel panel, String variable) {
    List<RegionId> ids = panel.theater().regions().stream().map(Region::id).toList();
    return run(variable, ids, panel.values(variable), panel.theater().adjacency(), panel.months());
  }

  /** Runs on {@code values[region][month]} over the calendar months {@code axis}. */
  public BacktestResult run(
      String variable,
      List<RegionId> regions,
      double[][] values,
      int[][] adjacency,
      MonthRange axis) {
    int first = axis.offsetOf(options.firstOrigin());
    int last = axis.offsetOf(options.lastOrigin());
    if (first < 1) {
      throw new IllegalArgumentException(
          "first origin "
              + options.firstOrigin()
              + " leaves no history: the data ("
              + variable
              + ") start in "
              + axis.first());
    }
    if (last >= axis.length()) {
      throw new IllegalArgumentException(
          "last origin "
              + options.lastOrigin()
              + " is after the data ("
              + variable
              + " ends in "
              + axis.last()
              + "): nothing to score");
    }
    List<ForecastModel> all = new ArrayList<>();
    all.add(model);
    all.addAll(baselines);
    int f = all.size();
    int maxH = options.maxHorizon();
    Sums[][] sums = new Sums[f][maxH];
    Sums[][] byRegion = new Sums[f][regions.size()];
    for (int i = 0; i < f; i++) {
      for (int h = 0; h < maxH; h++) {
        sums[i][h] = new Sums();
      }
      for (int r = 0; r < regions.size(); r++) {
        byRegion[i][r] = new Sums();
      }
    }
    List<Optional<FittedModel>> warm = new ArrayList<>();
    all.forEach(x -> warm.add(Optional.empty()));
    List<OriginFit> fits = new ArrayList<>();
    for (int o = first; o <= last; o++) {
      History history = History.truncate(variable, regions, values, adjacency, axis, o);
      YearMonth origin = axis.monthAt(o);
      long seed = Seeds.derive(options.seed(), origin.getYear() * 12L + origin.getMonthValue() - 1);
      int horizon = Math.min(maxH, axis.length() - o);
      SamplePaths[] paths = new SamplePaths[f];
      for (int i = 0; i < f; i++) {
        FittedModel fitted = all.get(i).fit(history, warm.get(i));
        warm.set(i, Optional.of(fitted));
        paths[i] =
            SamplePaths.generate(
                fitted.sampler(history, horizon),
                fitted.probabilistic() ? options.paths() : 1,
                seed,
                options.threads());
        if (i == 0) {
          fits.add(
              new OriginFit(
                  origin,
                  fitted.modelName(),
                  fitted.observations(),
                  fitted.logLikelihood(),
                  fitted.convergence(),
                  fitted.parameters()));
        }
      }
      score(values, o, horizon, paths, sums, byRegion);
    }
    List<HorizonScore> scores = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      for (int h = 0; h < maxH; h++) {
        Sums s = sums[i][h];
        if (s.n > 0) {
          scores.add(
              new HorizonScore(all.get(i).name(), i > 0, s.probabilistic, h + 1, s.n, s.means()));
        }
      }
    }
    List<RegionScore> regionScores = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      for (int r = 0; r < regions.size(); r++) {
        Sums s = byRegion[i][r];
        if (s.n > 0) {
          regionScores.add(new RegionScore(all.get(i).name(), regions.get(r), s.n, s.means()));
        }
      }
    }
    List<String> baselineNames = baselines.stream().map(ForecastModel::name).toList();
    return new BacktestResult(
        variable,
        options,
        scores,
        Skill.of(model.name(), scores, baselineNames),
        fits,
        regionScores);
  }

  private static void score(
      double[][] values,
      int o,
      int horizon,
      SamplePaths[] paths,
      Sums[][] sums,
      Sums[][] byRegion) {
    int f = paths.length;
    double[][] sorted = new double[f][];
    for (int s = 0; s < horizon; s++) {
      for (int r = 0; r < values.length; r++) {
        double y = values[r][o + s];
        if (Double.isNaN(y)) {
          continue;
        }
        boolean all = true;
        for (int i = 0; i < f && all; i++) {
          sorted[i] = paths[i].sortedSamples(r, s);
          all = !Double.isNaN(sorted[i][sorted[i].length - 1]);
        }
        if (!all) {
          continue;
        }
        for (int i = 0; i < f; i++) {
          sums[i][s].add(sorted[i], y);
          byRegion[i][r].add(sorted[i], y);
        }
      }
    }
  }

  /** Running sums of one forecaster's scores, in the order of {@link Scores#ALL}. */
  private static final class Sums {
    int n;
    final double[] totals = new double[Scores.ALL.size()];
    boolean probabilistic;

    void add(double[] sorted, double y) {
      n++;
      for (int k = 0; k < totals.length; k++) {
        totals[k] += Scores.ALL.get(k).of(sorted, y);
      }
      probabilistic = sorted.length > 1;
    }

    /**
     * The mean of every score; NaN for a score that needs a distribution when the forecast is a
     * point.
     */
    Map<String, Double> means() {
      Map<String, Double> out = new LinkedHashMap<>();
      for (int k = 0; k < totals.length; k++) {
        Score score = Scores.ALL.get(k);
        out.put(
            score.name(), probabilistic || !score.needsDistribution() ? totals[k] / n : Double.NaN);
      }
      return out;
    }
  }
}
