package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.handover.engine.HandoverException;
import org.handover.engine.panel.Panel;

/**
 * Fuzzes the indicator language, from source text to values: any input either parses, prints back
 * to source that parses to an equal tree, and evaluates over a small panel, or fails with a {@link
 * HandoverException} that says what is wrong. Any other exception, a stack overflow or a hang is a
 * finding. The seeds are in src/test/resources/.../IndicatorFuzzTestInputs; bench/fuzz.sh runs the
 * longer fuzzing, see docs/architecture.md.
 */
class IndicatorFuzzTest {
  /** Two regions that border each other, three years, every variable the language reads. */
  private static final Panel PANEL =
      Panels.empty(Panels.theater(2, new int[] {0, 1}), 36)
          .with(Panels.real("deaths_best"), values(2, 36, 3))
          .with(Panels.real("population"), values(2, 36, 1_000_000))
          .with(Panels.real("x"), values(2, 36, 0));

  @FuzzTest(maxDuration = "10s")
  void expression(byte[] input) {
    String source = new String(input, StandardCharsets.UTF_8);
    Expression e;
    try {
      e = Expression.parse(source);
    } catch (ExpressionException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      assertThat(refused.pointer()).contains("^");
      return;
    }
    String printed = e.toSource();
    assertThat(Expression.parse(printed)).as("re-parsed from %s", printed).isEqualTo(e);
    assertThat(Expression.parse(printed).toSource()).isEqualTo(printed);
    e.variables();
    e.filteredSeries();
    try {
      double[][] values = IndicatorCalculator.evaluate(PANEL, source);
      assertThat(values).hasDimensions(2, 36);
    } catch (HandoverException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  /** Rows of {@code months} values: a ramp with a gap, so rolling windows and fills see both. */
  private static double[][] values(int regions, int months, double scale) {
    double[][] v = new double[regions][months];
    for (int r = 0; r < regions; r++) {
      for (int m = 0; m < months; m++) {
        v[r][m] = m % 7 == 3 ? Double.NaN : scale * (r + 1) * (m % 5);
      }
    }
    return v;
  }
}
