package org.handover.engine.forecast.evaluation;

import java.time.YearMonth;
import java.util.Objects;
import org.handover.engine.forecast.Parallelism;

/**
 * A rolling-origin backtest: for every origin month from {@code firstOrigin} to {@code lastOrigin},
 * fit on the months before it and forecast it and the following months up to {@code maxHorizon}
 * (horizon 1 is the origin month itself).
 *
 * @param seed seeds every origin's paths (through {@link Seeds#derive} with the origin month), so
 *     an origin's forecast does not depend on which other origins are run
 */
public record BacktestOptions(
    YearMonth firstOrigin,
    YearMonth lastOrigin,
    int maxHorizon,
    int paths,
    long seed,
    int threads) {
  public static final int DEFAULT_PATHS = 1000;

  public BacktestOptions {
    Objects.requireNonNull(firstOrigin, "firstOrigin");
    Objects.requireNonNull(lastOrigin, "lastOrigin");
    if (lastOrigin.isBefore(firstOrigin)) {
      throw new IllegalArgumentException(
          "last origin " + lastOrigin + " is before the first " + firstOrigin);
    }
    if (maxHorizon < 1 || paths < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "need horizon, paths and threads of at least 1: "
              + maxHorizon
              + ", "
              + paths
              + ", "
              + threads);
    }
  }

  public static BacktestOptions of(
      YearMonth firstOrigin, YearMonth lastOrigin, int maxHorizon, long seed) {
    return new BacktestOptions(
        firstOrigin, lastOrigin, maxHorizon, DEFAULT_PATHS, seed, Parallelism.defaultThreads());
  }

  public BacktestOptions withPaths(int n) {
    return new BacktestOptions(firstOrigin, lastOrigin, maxHorizon, n, seed, threads);
  }

  public BacktestOptions withThreads(int n) {
    return new BacktestOptions(firstOrigin, lastOrigin, maxHorizon, paths, seed, n);
  }
}
