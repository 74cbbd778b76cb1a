package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;
import static org.handover.engine.indicator.Panels.NaN;

import java.util.List;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.junit.jupiter.api.Test;

class DescriptionTest {
  /** Two regions, five months; r001 has no data in its first month. */
  private final Panel panel =
      Panels.empty(Panels.theater(2), 5)
          .with(Panels.real("deaths"), new double[][] {{1, 2, 3, 4, 10}, {NaN, 20, 40, 60, 80}})
          .withAttribute(
              Variable.real("population", VariableKind.ATTRIBUTE, "residents"),
              new double[] {1e5, 2e5});

  private static final MonthRange ALL = MonthRange.parse("2000-01", "2000-05");

  @Test
  void quantilesAreType7ComputedByHand() {
    Distribution d = Distribution.of(new double[] {4, 1, NaN, 3, 2});
    assertThat(d.count()).isEqualTo(4);
    assertThat(d.noData()).isEqualTo(1);
    assertThat(d.mean()).isEqualTo(2.5);
    // sorted 1 2 3 4, h = 3p: min, 1.15, 1.3, 1.75, 2.5, 3.25, 3.7, 3.85, max
    assertThat(d.quantiles())
        .usingElementComparator(Panels.CLOSE)
        .containsExactly(1.0, 1.15, 1.3, 1.75, 2.5, 3.25, 3.7, 3.85, 4.0);
  }

  @Test
  void noValuesGivesNaNAndCountsEveryCellAsNoData() {
    Distribution d = Distribution.of(new double[] {NaN, Double.POSITIVE_INFINITY});
    assertThat(d.count()).isZero();
    assertThat(d.noData()).isEqualTo(2);
    assertThat(d.mean()).isNaN();
    assertThat(d.quantiles()).hasSize(9).allMatch(q -> q.isNaN());
  }

  @Test
  void describesAnExpressionOverallAndPerRegion() {
    Description d = Description.of(panel, "1e5 * deaths / population", ALL, List.of());
    // r000: 1 2 3 4 10; r001: (no data) 10 20 30 40
    assertThat(d.byRegion().keySet()).containsExactly(RegionId.of("r000"), RegionId.of("r001"));
    Distribution r0 = d.byRegion().get(RegionId.of("r000"));
    assertThat(r0.count()).isEqualTo(5);
    assertThat(r0.noData()).isZero();
    assertThat(r0.mean()).isEqualTo(4.0);
    assertThat(r0.quantiles().get(4)).isEqualTo(3.0);
    Distribution r1 = d.byRegion().get(RegionId.of("r001"));
    assertThat(r1.count()).isEqualTo(4);
    assertThat(r1.noData()).isEqualTo(1);
    assertThat(r1.quantiles().get(3)).isCloseTo(17.5, offset(1e-9));
    // overall sorted: 1 2 3 4 10 10 20 30 40, n = 9: median x[4] = 10, 25 % x[2] = 3, 90 % h = 7.2
    assertThat(d.overall().count()).isEqualTo(9);
    assertThat(d.overall().noData()).isEqualTo(1);
    assertThat(d.overall().quantiles().get(4)).isEqualTo(10.0);
    assertThat(d.overall().quantiles().get(3)).isEqualTo(3.0);
    assertThat(d.overall().quantiles().get(6)).isCloseTo(32.0, offset(1e-9));
    assertThat(d.overall().mean()).isCloseTo(120.0 / 9, offset(1e-9));
  }

  @Test
  void aSpanAndRegionsNarrowWhatIsDescribed() {
    Description d =
        Description.of(
            panel, "deaths", MonthRange.parse("2000-01", "2000-02"), List.of(RegionId.of("r001")));
    assertThat(d.byRegion()).containsOnlyKeys(RegionId.of("r001"));
    assertThat(d.overall().count()).isEqualTo(1);
    assertThat(d.overall().noData()).isEqualTo(1);
    assertThat(d.overall().quantiles().get(0)).isEqualTo(20.0);
  }

  @Test
  void aBadExpressionNamesTheColumn() {
    ExpressionException e =
        catchThrowableOfType(
            ExpressionException.class,
            () -> Description.of(panel, "rolling_mean(deths, 3)", ALL, List.of()));
    assertThat(e.column()).isEqualTo(14);
    assertThat(e.getMessage()).contains("unknown variable 'deths'").contains("did you mean deaths");
    assertThat(e.pointer()).endsWith("\n             ^");
  }
}
