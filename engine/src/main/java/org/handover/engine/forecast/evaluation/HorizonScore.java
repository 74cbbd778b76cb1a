package org.handover.engine.forecast.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One forecaster's scores at one horizon, averaged over every scored (origin, region).
 *
 * @param baseline true for the naive references
 * @param probabilistic false for point forecasts: their CRPS is their absolute error, and they have
 *     no interval, so the coverages (observed, PIT and nominal) are NaN
 * @param n scored region-months
 * @param means the mean of every score, by name, in the order of the backtest's score list
 */
public record HorizonScore(
    String model,
    boolean baseline,
    boolean probabilistic,
    int horizon,
    int n,
    Map<String, Double> means)
    implements ScoreMeans {

  public HorizonScore {
    means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
  }
}
