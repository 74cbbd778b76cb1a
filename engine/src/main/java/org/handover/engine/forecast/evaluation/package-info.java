/**
 * Rolling-origin evaluation of any {@link org.handover.engine.forecast.ForecastModel}: the {@link
 * org.handover.engine.forecast.evaluation.Backtest} against naive {@link
 * org.handover.engine.forecast.evaluation.Baselines}, its scores per horizon and region, and the
 * model's skill.
 *
 * <p>The scores are named functions of (draws sorted ascending, outcome) in one list, {@code
 * Scores}; each score family has its own file ({@code Crps}, {@code Log1pError}, {@code
 * IntervalCoverage}, {@code PitCoverage}). Adding a score is one file and one entry in that list.
 *
 * <p>Depends on the forecast core ({@code org.handover.engine.forecast}), {@code panel}, {@code
 * theater} and {@code time}; never on a model package such as {@code forecast.nb}.
 */
package org.handover.engine.forecast.evaluation;
