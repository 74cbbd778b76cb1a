package org.handover.engine.forecast;

import java.time.YearMonth;
import java.util.List;

/** A model's fit at one backtest origin: to see how parameters move and whether every fit converged. */
public record OriginFit(YearMonth origin, String model, int observations, double logLikelihood,
    Convergence convergence, List<Parameter> parameters) {
  public OriginFit {
    parameters = List.copyOf(parameters);
  }
}
