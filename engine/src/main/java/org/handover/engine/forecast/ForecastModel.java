package org.handover.engine.forecast;

import java.util.Optional;

/**
 * A way of forecasting a region × month count series: fitted to a {@link History} (the months
 * before the origin, nothing later), it yields a {@link FittedModel} that draws sample paths.
 */
public interface ForecastModel {
  /** Short, stable name used in tables and provenance ("nb-dynamic", "no-change"). */
  String name();

  /**
   * Fits to {@code history}.
   *
   * @param warmStart a fit of this model to a neighbouring history (e.g. the previous backtest
   *     origin), used only as a starting point: the result does not depend on it beyond the
   *     optimiser's tolerance
   */
  FittedModel fit(History history, Optional<FittedModel> warmStart);

  default FittedModel fit(History history) {
    return fit(history, Optional.empty());
  }
}
