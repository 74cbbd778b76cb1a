package org.handover.engine.forecast.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handover.engine.theater.RegionId;

/**
 * One forecaster's scores in one region, averaged over every scored origin and horizon: where a
 * model helps and where it does not (CRPS in counts is dominated by the largest regions).
 *
 * @param means the mean of every score, by name, as in {@link HorizonScore#means()} (coverages NaN
 *     for point forecasts)
 */
public record RegionScore(String model, RegionId region, int n, Map<String, Double> means)
    implements ScoreMeans {
  public RegionScore {
    means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
  }
}
