package org.handover.app.report.page;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.handover.engine.benchmark.Numbers;

/** How the report writes numbers, months and times for people. */
public final class Format {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Format() {}

  /**
   * The same rounding as the engine's explanations, so tables and explanations agree; "n/a" for
   * NaN.
   */
  public static String number(double x) {
    return Numbers.format(x);
  }

  /** "Jun 2007". */
  public static String month(YearMonth m) {
    return MONTH.format(m);
  }

  /** "2025-11-21 09:14 UTC". */
  public static String time(Instant t) {
    return TIME.format(t);
  }
}
