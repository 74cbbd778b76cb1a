package org.handover.engine.outlook;

/**
 * How an outlook is run.
 *
 * @param horizon future months, starting at the origin
 * @param paths forecast sample paths the benchmark set is run over
 * @param seed seeds the paths: same inputs and seed, same outlook
 * @param indicatorLookbackMonths how many months before a month the caller's indicators read (e.g.
 *     12 for a 12-month rolling mean); with the benchmark set's own windows and held-for periods it
 *     sets how much history each path's panel carries
 * @param threads threads the paths are spread over; the result does not depend on it
 */
public record OutlookOptions(
    int horizon, int paths, long seed, int indicatorLookbackMonths, int threads) {
  public static final int DEFAULT_PATHS = 1000;
  static final int DEFAULT_INDICATOR_LOOKBACK = 12;

  public OutlookOptions {
    if (horizon < 1 || paths < 1 || threads < 1 || indicatorLookbackMonths < 0) {
      throw new IllegalArgumentException(
          "need horizon, paths and threads of at least 1 and a lookback of at least 0: "
              + horizon
              + ", "
              + paths
              + ", "
              + threads
              + ", "
              + indicatorLookbackMonths);
    }
  }

  public static OutlookOptions of(int horizon, long seed) {
    return new OutlookOptions(
        horizon,
        DEFAULT_PATHS,
        seed,
        DEFAULT_INDICATOR_LOOKBACK,
        Runtime.getRuntime().availableProcessors());
  }

  public OutlookOptions withPaths(int n) {
    return new OutlookOptions(horizon, n, seed, indicatorLookbackMonths, threads);
  }

  public OutlookOptions withThreads(int n) {
    return new OutlookOptions(horizon, paths, seed, indicatorLookbackMonths, n);
  }

  public OutlookOptions withIndicatorLookback(int months) {
    return new OutlookOptions(horizon, paths, seed, months, threads);
  }
}
