package org.handover.engine.forecast.nb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CovariatesTest {
  /** The zero flag of a region whose last month was {@code last}. */
  private static double zeroFlag(double last) {
    NegativeBinomialOptions options =
        NegativeBinomialOptions.standard()
            .withMeanTerms(EnumSet.of(MeanTerm.ZERO))
            .withDispersionTerms(EnumSet.noneOf(DispersionTerm.class));
    Covariates cov = new Covariates(options, new int[][] {{}});
    double[][] v = {{last}, {0}};
    double[][] lv = {{Covariates.log1p(last)}, {0}};
    double[] x = new double[cov.meanSize()];
    double[] z = new double[cov.dispersionSize()];
    assertThat(cov.compute(v, lv, 0, 1, 0, x, z)).isTrue();
    return x[1];
  }

  @Test
  void theZeroFlagMeansWhatItsFormulaSays() {
    // Apportioned counts below one half count as none; the formula shown to users must say so.
    assertThat(MeanTerm.ZERO.formula()).isEqualTo("1[y[r,t-1] < 0.5]");
    assertThat(zeroFlag(0)).isEqualTo(1);
    assertThat(zeroFlag(0.4)).isEqualTo(1);
    assertThat(zeroFlag(0.5)).isZero();
    assertThat(zeroFlag(3)).isZero();
  }
}
