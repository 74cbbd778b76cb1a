package org.handover.engine.forecast.evaluation;

import java.time.YearMonth;
import java.util.List;
import org.handover.engine.forecast.Convergence;
import org.handover.engine.forecast.Parameter;

/**
 * A model's fit at one backtest origin: to see how parameters move and whether every fit converged.
 */
public record OriginFit(
    YearMonth origin,
    String model,
    int observations,
    double logLikelihood,
    Convergence convergence,
    List<Parameter> parameters) {
  public OriginFit {
    parameters = List.copyOf(parameters);
  }
}
