package org.handover.engine.forecast.nb;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The specification of the negative-binomial dynamic regression and of its fit.
 *
 * @param meanTerms covariates of the log mean (an intercept is always included)
 * @param dispersionTerms covariates of the log dispersion (an intercept is always included)
 * @param halfLifeMonths weight of a month in the likelihood halves every this many months back from
 *     the origin; {@code Double.POSITIVE_INFINITY} weighs all months equally
 * @param maxIterations Newton iterations before giving up
 * @param tolerance stop when the predicted gain of another Newton step is below this, relative to
 *     {@code 1 + |log-likelihood|}
 * @param regionDispersionPrecision when positive, each region gets its own offset {@code u[r]} in
 *     the log dispersion, shrunk towards zero by a Gaussian penalty {@code -precision/2 · u[r]²} (a
 *     prior with standard deviation {@code 1/sqrt(precision)}); 0 turns the offsets off
 * @param capMultiple a region's simulated means and draws are capped at {@code capMultiple × (1 +
 *     the region's largest value in the history)}, rounded down: a bound on the tail that every
 *     forecast reports (the draws at the cap); {@code Double.POSITIVE_INFINITY} turns it off
 * @param feedbackMultiple a drawn month enters the covariates of the path's later months as at most
 *     {@code feedbackMultiple × (1 + the region's largest value in the history)}, so that a path
 *     never extrapolates the regression beyond the region's own record: without it, one large draw
 *     in a quiet region lifts the next month's mean, whose heavy-tailed draw lifts the next, and a
 *     few paths run away; {@code Double.POSITIVE_INFINITY} turns it off
 */
public record NegativeBinomialOptions(
    Set<MeanTerm> meanTerms,
    Set<DispersionTerm> dispersionTerms,
    double halfLifeMonths,
    int maxIterations,
    double tolerance,
    double regionDispersionPrecision,
    double capMultiple,
    double feedbackMultiple)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public NegativeBinomialOptions {
    Objects.requireNonNull(meanTerms, "meanTerms");
    Objects.requireNonNull(dispersionTerms, "dispersionTerms");
    // Enum order fixes the order of the coefficients.
    meanTerms =
        Collections.unmodifiableSet(
            meanTerms.isEmpty() ? EnumSet.noneOf(MeanTerm.class) : EnumSet.copyOf(meanTerms));
    dispersionTerms =
        Collections.unmodifiableSet(
            dispersionTerms.isEmpty()
                ? EnumSet.noneOf(DispersionTerm.class)
                : EnumSet.copyOf(dispersionTerms));
    if (!(halfLifeMonths > 0)) {
      throw new IllegalArgumentException(
          "half-life must be positive (or infinite), not " + halfLifeMonths);
    }
    if (maxIterations < 1
        || !(tolerance > 0)
        || !(capMultiple >= 1)
        || !(feedbackMultiple >= 1)
        || !(regionDispersionPrecision >= 0)) {
      throw new IllegalArgumentException(
          "need maxIterations >= 1, tolerance > 0, capMultiple >= 1, feedbackMultiple >= 1,"
              + " regionDispersionPrecision >= 0");
    }
  }

  /** The model this project ships: tuned by rolling-origin backtests (docs/forecast-model.md). */
  public static NegativeBinomialOptions standard() {
    return new NegativeBinomialOptions(
        EnumSet.of(
            MeanTerm.LAG1, MeanTerm.MEAN3, MeanTerm.NEIGHBOURS, MeanTerm.NATIONAL, MeanTerm.ZERO),
        EnumSet.noneOf(DispersionTerm.class),
        24,
        200,
        1e-15,
        1,
        10,
        1);
  }

  public NegativeBinomialOptions withMeanTerms(Set<MeanTerm> terms) {
    return new NegativeBinomialOptions(
        terms,
        dispersionTerms,
        halfLifeMonths,
        maxIterations,
        tolerance,
        regionDispersionPrecision,
        capMultiple,
        feedbackMultiple);
  }

  public NegativeBinomialOptions withDispersionTerms(Set<DispersionTerm> terms) {
    return new NegativeBinomialOptions(
        meanTerms,
        terms,
        halfLifeMonths,
        maxIterations,
        tolerance,
        regionDispersionPrecision,
        capMultiple,
        feedbackMultiple);
  }

  public NegativeBinomialOptions withHalfLife(double months) {
    return new NegativeBinomialOptions(
        meanTerms,
        dispersionTerms,
        months,
        maxIterations,
        tolerance,
        regionDispersionPrecision,
        capMultiple,
        feedbackMultiple);
  }

  /** {@code precision} 0 turns region dispersion offsets off. */
  public NegativeBinomialOptions withRegionDispersion(double precision) {
    return new NegativeBinomialOptions(
        meanTerms,
        dispersionTerms,
        halfLifeMonths,
        maxIterations,
        tolerance,
        precision,
        capMultiple,
        feedbackMultiple);
  }

  /**
   * The bounds on simulated paths: {@code cap} on draws and means, {@code feedback} on what drawn
   * months feed back into the covariates (each a multiple of 1 + the region's largest value; {@code
   * Double.POSITIVE_INFINITY} turns a bound off).
   */
  public NegativeBinomialOptions withPathBounds(double cap, double feedback) {
    return new NegativeBinomialOptions(
        meanTerms,
        dispersionTerms,
        halfLifeMonths,
        maxIterations,
        tolerance,
        regionDispersionPrecision,
        cap,
        feedback);
  }

  boolean regionDispersion() {
    return regionDispersionPrecision > 0;
  }

  /** Months of history any covariate reads. */
  int lookback() {
    int l = 1;
    for (MeanTerm t : meanTerms) {
      l = Math.max(l, t.lookback());
    }
    for (DispersionTerm t : dispersionTerms) {
      l = Math.max(l, t.lookback());
    }
    return l;
  }
}
