/**
 * The forecasting framework: what a model is ({@link org.handover.engine.forecast.ForecastModel},
 * fitted to a {@link org.handover.engine.forecast.History} into a {@link
 * org.handover.engine.forecast.FittedModel}), and what every model shares: sample paths drawn
 * reproducibly from a seed ({@link org.handover.engine.forecast.PathSampler}, {@link
 * org.handover.engine.forecast.SamplePaths}, {@link org.handover.engine.forecast.Seeds}), count
 * draws, quantiles, and the {@link org.handover.engine.forecast.Forecast} with its provenance.
 *
 * <p>Models live in subpackages ({@code nb}), their evaluation in {@code evaluation}; both depend
 * on this package, which depends on neither. It may depend on {@code panel}, {@code theater},
 * {@code time}, {@code provenance} and Hipparchus.
 */
package org.handover.engine.forecast;
