package org.handover.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/** Small panels for tests: regions r000, r001, ... (so index = number), months from 2000-01. */
final class Panels {
  static final double NaN = Double.NaN;

  private Panels() {}

  static Theater theater(int regions, int[]... borders) {
    List<Region> rs = new ArrayList<>();
    for (int i = 0; i < regions; i++) {
      rs.add(Region.named(name(i)));
    }
    List<Neighbour> ns = new ArrayList<>();
    for (int[] b : borders) {
      ns.add(new Neighbour(RegionId.of(name(b[0])), RegionId.of(name(b[1])), Double.NaN));
    }
    return Theater.of("test", rs, ns);
  }

  static String name(int i) {
    return String.format("r%03d", i);
  }

  static Panel empty(Theater theater, int months) {
    return Panel.empty(
        theater,
        MonthRange.parse("2000-01", "2000-01")
            .extendTo(YearMonth.of(2000, 1).plusMonths(months - 1)));
  }

  /** A one-region panel with variable {@code x}. */
  static Panel series(double... x) {
    return empty(theater(1), x.length).with(real("x"), new double[][] {x});
  }

  static Variable real(String name) {
    return Variable.real(name, VariableKind.EVENT, "test variable " + name);
  }

  static double[][] eval(Panel panel, String source) {
    return new Evaluator(panel).evaluate(Expression.parse(source));
  }

  /** Row 0 of {@code source} over a one-region panel with {@code x}. */
  static double[] eval1(String source, double... x) {
    return eval(series(x), source)[0];
  }

  /** Equal element by element, NaN matching NaN, numbers within a relative 1e-9. */
  static void assertSeries(double[] actual, double... expected) {
    assertThat(actual).usingElementComparator(CLOSE).containsExactly(expected);
  }

  static final Comparator<Double> CLOSE =
      (a, b) -> {
        if (a.isNaN() || b.isNaN()) {
          return a.isNaN() && b.isNaN() ? 0 : a.isNaN() ? 1 : -1;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) ? 0 : Double.compare(a, b);
      };

  static boolean close(double a, double b) {
    return CLOSE.compare(a, b) == 0;
  }
}
