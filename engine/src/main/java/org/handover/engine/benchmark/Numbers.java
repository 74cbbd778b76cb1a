package org.handover.engine.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as people read them in explanations: no exponent, at most four significant digits. */
public final class Numbers {
  private Numbers() {}

  public static String format(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
