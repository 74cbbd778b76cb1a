package org.handover.engine.forecast;

import java.util.List;

/** A model fitted to one history: its parameters and a sampler of future paths. */
public interface FittedModel {
  String modelName();

  List<Parameter> parameters();

  /** The maximised (weighted) log-likelihood; NaN for models not fitted by likelihood. */
  double logLikelihood();

  /** Region-months that entered the fit. */
  int observations();

  Convergence convergence();

  /**
   * False for point forecasts (every path would be the same), which are then simulated with a
   * single path; the CRPS of such a forecast is its absolute error.
   */
  boolean probabilistic();

  /**
   * Draws paths forward from the end of {@code from} (usually the history the model was fitted to).
   * Each step's draws feed the covariates of the next, so uncertainty propagates.
   */
  PathSampler sampler(History from, int horizon);

  /** {@code paths} sample paths (one for point forecasts), reproducible from {@code seed}. */
  default SamplePaths simulate(History from, int horizon, int paths, long seed) {
    return SamplePaths.generate(
        sampler(from, horizon), probabilistic() ? paths : 1, seed, Parallelism.defaultThreads());
  }

  /** Sample paths with the provenance a forecast needs (model, parameters, seed, origin). */
  default Forecast forecast(History from, int horizon, int paths, long seed) {
    return Forecast.of(this, from, simulate(from, horizon, paths, seed), seed);
  }
}
