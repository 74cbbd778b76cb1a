package org.handover.engine.forecast;

import org.handover.engine.theater.RegionId;

/**
 * One forecaster's scores in one region, averaged over every scored origin and horizon: where a
 * model helps and where it does not (CRPS in counts is dominated by the largest regions).
 *
 * @param coverage80 NaN for point forecasts, as in {@link HorizonScore}
 * @param pitCoverage80 NaN for point forecasts, as in {@link HorizonScore}
 */
public record RegionScore(String model, RegionId region, int n, double crps, double maeLog1p, double coverage80,
    double pitCoverage80) {}
