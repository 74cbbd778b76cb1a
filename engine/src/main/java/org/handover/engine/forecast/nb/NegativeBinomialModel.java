package org.handover.engine.forecast.nb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.forecast.ForecastModel;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.theater.RegionId;

/**
 * Negative-binomial (NB2) dynamic regression of monthly counts per region, fitted by maximum
 * (weighted) likelihood:
 *
 * <pre>
 * y[r,t] ~ NegBin(mean mu[r,t], dispersion alpha[r,t])      Var = mu + alpha mu²
 * log mu[r,t]    = b0 + sum_j b_j x_j[r,t]     (own lags, neighbours, national trend, zero flag)
 * log alpha[r,t] = g0 + sum_j g_j z_j[r,t] + u[r]   (optional terms; region offset)
 * </pre>
 *
 * with the region offsets {@code u[r]} shrunk towards zero by a Gaussian penalty.
 *
 * <p>Every covariate is computed from months before t, so the model forecasts recursively: drawn
 * months become the covariates of the next. See docs/forecast-model.md for the equations, the
 * choices and the backtests that justify them.
 */
public final class NegativeBinomialModel implements ForecastModel {
  public static final String NAME = "nb-dynamic";

  private final NegativeBinomialOptions options;

  private NegativeBinomialModel(NegativeBinomialOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The shipped specification, {@link NegativeBinomialOptions#standard()}. */
  public static NegativeBinomialModel standard() {
    return new NegativeBinomialModel(NegativeBinomialOptions.standard());
  }

  public static NegativeBinomialModel of(NegativeBinomialOptions options) {
    return new NegativeBinomialModel(options);
  }

  public NegativeBinomialOptions options() {
    return options;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public FittedModel fit(History history, Optional<FittedModel> warmStart) {
    Covariates cov = new Covariates(options, history.adjacency());
    Design design = Design.of(history, options, cov);
    int m = cov.meanSize() + cov.dispersionSize();
    int q = options.regionDispersion() ? history.regionCount() : 0;
    if (design.n < 5 * m) {
      throw new IllegalArgumentException(
          "too little data to fit "
              + NAME
              + " to "
              + history.variable()
              + " before "
              + history.origin()
              + ": "
              + design.n
              + " usable region-months, need at least "
              + 5 * m);
    }
    Likelihood likelihood = new Likelihood(design, options.regionDispersionPrecision());
    double[] cold = new double[m + q];
    cold[0] = Math.log(design.meanY + 0.1);
    Optional<double[]> warm =
        warmStart
            .filter(Fit.class::isInstance)
            .map(Fit.class::cast)
            .filter(f -> f.options().equals(options))
            .map(Fit::coefficients)
            .filter(c -> c.length == m + q);
    NewtonMaximizer.Result result =
        NewtonMaximizer.maximize(
            likelihood, warm.orElse(cold), options.maxIterations(), options.tolerance());
    if (warm.isPresent() && !result.convergence().converged()) {
      NewtonMaximizer.Result fresh =
          NewtonMaximizer.maximize(likelihood, cold, options.maxIterations(), options.tolerance());
      if (fresh.convergence().converged() || fresh.value() > result.value()) {
        result = fresh;
      }
    }
    if (!Double.isFinite(result.value())) {
      throw new IllegalStateException(
          "fitting "
              + NAME
              + " to "
              + history.variable()
              + " before "
              + history.origin()
              + " failed: "
              + result.convergence().message());
    }
    return new Fit(
        options,
        result.point(),
        cov.meanSize(),
        cov.dispersionSize(),
        parameters(cov, history.regions(), result.point(), result.standardErrors()),
        likelihood.logLikelihood(result.point()),
        design.n,
        result.convergence());
  }

  private static List<Parameter> parameters(
      Covariates cov, List<RegionId> regions, double[] p, double[] se) {
    List<Parameter> out = new ArrayList<>();
    out.add(new Parameter("mean.intercept", p[0], se[0], "log mean intercept"));
    MeanTerm[] mt = cov.meanTerms();
    for (int i = 0; i < mt.length; i++) {
      out.add(
          new Parameter(
              "mean." + mt[i].name().toLowerCase(),
              p[i + 1],
              se[i + 1],
              "coefficient of " + mt[i].formula() + " in log mean"));
    }
    int k = cov.meanSize();
    out.add(new Parameter("dispersion.intercept", p[k], se[k], "log alpha intercept"));
    DispersionTerm[] dt = cov.dispersionTerms();
    for (int i = 0; i < dt.length; i++) {
      out.add(
          new Parameter(
              "dispersion." + dt[i].name().toLowerCase(),
              p[k + i + 1],
              se[k + i + 1],
              "coefficient of " + dt[i].formula() + " in log alpha"));
    }
    int m = k + cov.dispersionSize();
    for (int j = 0; j + m < p.length; j++) {
      String name = regions.get(j).name();
      out.add(
          new Parameter(
              "dispersion.region." + name,
              p[m + j],
              se[m + j],
              "offset of " + name + " in log alpha (shrunk towards 0)"));
    }
    return out;
  }
}
