package org.handover.engine.forecast.nb;

/**
 * A covariate of the negative-binomial model's log mean for region r in month t (all from months
 * before t).
 */
public enum MeanTerm {
  /** {@code log1p(y[r,t-1])}: the region's own last month. */
  LAG1("log1p(y[r,t-1])", 1),
  /** {@code log1p(mean y[r,t-3..t-1])}: the region's recent level, less noisy than one month. */
  MEAN3("log1p(mean y[r,t-3..t-1])", 3),
  /** {@code log1p(mean y[r,t-12..t-1])}: the region's yearly level. */
  MEAN12("log1p(mean y[r,t-12..t-1])", 12),
  /**
   * {@code log1p(mean of y[n,t-1] over neighbours n)}: the spatial lag (0 for a region without
   * neighbours).
   */
  NEIGHBOURS("log1p(neighbour mean y[.,t-1])", 1),
  /** {@code log1p(mean of y[.,t-1] over all regions)}: the national trend, per region. */
  NATIONAL("log1p(national mean y[.,t-1])", 1),
  /**
   * {@code 1[y[r,t-1] < 0.5]}: a quiet last month (apportioned counts below one half count as
   * none).
   */
  ZERO("1[y[r,t-1] < 0.5]", 1);

  private final String formula;
  private final int lookback;

  MeanTerm(String formula, int lookback) {
    this.formula = formula;
    this.lookback = lookback;
  }

  String formula() {
    return formula;
  }

  /** Months of history the term reads. */
  int lookback() {
    return lookback;
  }
}
