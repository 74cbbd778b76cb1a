package org.handover.engine.forecast.nb;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.handover.engine.forecast.Convergence;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.forecast.PathSampler;

/**
 * A fitted {@link NegativeBinomialModel}.
 *
 * @param coefficients mean coefficients, dispersion coefficients, then region dispersion offsets
 *     (if any), in {@link #parameters()} order
 * @param meanSize how many of {@code coefficients} belong to the log mean
 * @param dispersionSize how many then belong to the log dispersion (before the region offsets)
 * @param logLikelihood the weighted log-likelihood at the estimate, without the offsets' penalty
 */
record Fit(
    NegativeBinomialOptions options,
    double[] coefficients,
    int meanSize,
    int dispersionSize,
    List<Parameter> parameters,
    double logLikelihood,
    int observations,
    Convergence convergence)
    implements FittedModel, Serializable {
  private static final long serialVersionUID = 1L;

  Fit {
    coefficients = coefficients.clone();
    parameters = List.copyOf(parameters);
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  @Override
  public String modelName() {
    return NegativeBinomialModel.NAME;
  }

  @Override
  public boolean probabilistic() {
    return true;
  }

  @Override
  public PathSampler sampler(History from, int horizon) {
    return new Sampler(this, from, horizon);
  }

  double[] beta() {
    return Arrays.copyOf(coefficients, meanSize);
  }

  double[] gamma() {
    return Arrays.copyOfRange(coefficients, meanSize, meanSize + dispersionSize);
  }

  /** Region offsets of the log dispersion; zeros when the model has none. */
  double[] regionOffsets(int regions) {
    int m = meanSize + dispersionSize;
    if (coefficients.length == m) {
      return new double[regions];
    }
    if (coefficients.length != m + regions) {
      throw new IllegalArgumentException(
          "model was fitted to "
              + (coefficients.length - m)
              + " regions, cannot forecast "
              + regions);
    }
    return Arrays.copyOfRange(coefficients, m, m + regions);
  }
}
