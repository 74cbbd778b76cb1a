package org.handover.io.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one reading of a number in an imported file or an import option, so that a cell either means
 * exactly the number it shows or is rejected: plain decimal digits with an optional sign, fraction
 * and exponent ({@code 12}, {@code -0.5}, {@code 1.2e3}), blanks around it ignored. Java's and
 * DuckDB's own readers take more (a type suffix {@code 12d}, hexadecimal {@code 0x1p4}, {@code
 * NaN}, {@code Infinity}, digits of other scripts, {@code 1_000}), and stripping every comma turns
 * a list {@code 1,2,3} into 123; none of that is a number here.
 *
 * <p>Thousands separators are read only where a kind documents them ({@link #parseGrouped}), and
 * only when correctly grouped in threes: {@code 1,234,567}.
 */
public final class StrictNumber {
  /** The rule, for messages and docs. */
  public static final String RULE =
      "digits with an optional sign, decimal point and exponent, e.g. 12, -0.5, 1.2e3";

  /** A decimal number (RE2 and java.util.regex alike, so DuckDB checks the same text). */
  public static final String DECIMAL = "[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?";

  /** A decimal number whose whole part is grouped in threes by commas. */
  static final String GROUPED = "[+-]?[0-9]{1,3}(,[0-9]{3})+([.][0-9]*)?([eE][+-]?[0-9]+)?";

  static final String WHOLE = "[+-]?[0-9]+";

  private static final Pattern DECIMAL_PATTERN = Pattern.compile(DECIMAL);
  private static final Pattern GROUPED_PATTERN = Pattern.compile(GROUPED);
  private static final Pattern WHOLE_PATTERN = Pattern.compile(WHOLE);

  private StrictNumber() {}

  /**
   * The number {@code text} writes.
   *
   * @throws NumberFormatException when it is not a decimal number as {@link #RULE} says, or beyond
   *     the range of a double
   */
  public static double parse(String text) {
    String t = text.strip();
    if (!DECIMAL_PATTERN.matcher(t).matches()) {
      throw new NumberFormatException("not a number: " + text);
    }
    return finite(t, text);
  }

  /**
   * As {@link #parse}, and also a whole part grouped in threes by commas ({@code 1,234,567}); a
   * comma anywhere else ({@code 1,2,3}, {@code 12,34}) is not a number.
   */
  public static double parseGrouped(String text) {
    String t = text.strip();
    if (GROUPED_PATTERN.matcher(t).matches()) {
      return finite(t.replace(",", ""), text);
    }
    return parse(text);
  }

  /**
   * A whole number in the range of an int.
   *
   * @throws NumberFormatException for anything else (a fraction, an exponent, other scripts'
   *     digits)
   */
  public static int parseInt(String text) {
    String t = text.strip();
    if (!WHOLE_PATTERN.matcher(t).matches()) {
      throw new NumberFormatException("not a whole number: " + text);
    }
    return Integer.parseInt(t);
  }

  private static double finite(String number, String text) {
    // BigDecimal reads exactly the decimal grammar; doubleValue rounds as Double.parseDouble does.
    double d = new BigDecimal(number).doubleValue();
    if (Double.isInfinite(d)) {
      throw new NumberFormatException("beyond the range of numbers: " + text);
    }
    return d;
  }

  /**
   * The DuckDB expression for the number the text column {@code column} writes (blanks around it
   * ignored), or NULL when it is not one; for imports that parse inside DuckDB.
   */
  public static String sql(String column) {
    return "CASE WHEN regexp_full_match(trim("
        + column
        + "), '"
        + DECIMAL
        + "') THEN TRY_CAST(trim("
        + column
        + ") AS DOUBLE) END";
  }
}
