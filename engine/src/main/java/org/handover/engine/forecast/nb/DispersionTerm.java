package org.handover.engine.forecast.nb;

/** A covariate of the log dispersion {@code log alpha[r,t]} of the negative-binomial model. */
public enum DispersionTerm {
  /** {@code log1p(mean y[r,t-3..t-1])}: busier regions vary relatively less. */
  LEVEL("log1p(mean y[r,t-3..t-1])", 3),
  /** Standard deviation of {@code log1p(y[r,t-6..t-1])}: regions in turmoil vary more. */
  VOLATILITY("sd log1p(y[r,t-6..t-1])", 6);

  private final String formula;
  private final int lookback;

  DispersionTerm(String formula, int lookback) {
    this.formula = formula;
    this.lookback = lookback;
  }

  String formula() {
    return formula;
  }

  int lookback() {
    return lookback;
  }
}
