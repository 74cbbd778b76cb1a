package org.handover.engine.forecast;

/**
 * One forecaster's scores at one horizon, averaged over every scored (origin, region).
 *
 * @param baseline true for the naive references
 * @param probabilistic false for point forecasts: their CRPS is their absolute error, and they have
 *     no interval, so both coverages are NaN
 * @param n scored region-months
 * @param crps mean CRPS (in counts)
 * @param maeLog1p mean {@code |log1p(median) - log1p(y)|}
 * @param coverage80 share of outcomes inside the central 80% interval [q10, q90], bounds included
 * @param pitCoverage80 the same for a count distribution, without the bias of ties: the chance that
 *     the randomised PIT (Czado, Gneiting and Held 2009) falls in [0.1, 0.9], averaged exactly (not
 *     sampled). With counts, coverage80 of a perfectly calibrated forecast exceeds 0.8 wherever
 *     outcomes cluster on a few values (e.g. quiet regions: a [0, 0] interval covers every zero);
 *     this one is 0.8 for a calibrated forecast
 * @param nominalCoverage80 the coverage80 the forecaster itself expects: the mean share of its own
 *     draws inside its [q10, q90]. Compare coverage80 with this, not with 0.8: for counts it is
 *     above 0.8 because of ties
 */
public record HorizonScore(String model, boolean baseline, boolean probabilistic, int horizon, int n, double crps,
    double maeLog1p, double coverage80, double pitCoverage80, double nominalCoverage80) {}
