package org.handover.io.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The largest share of rows an import may reject before it fails as a whole ({@code max_rejected}):
 * above it nothing is imported, the failure is recorded and the rejects file is still written. No
 * limit by default, so an import without the option behaves as before.
 *
 * @param share in [0, 1]: 0.01 lets 1% of the rows read be rejected, 0 refuses any rejected row
 * @param written the value as the user wrote it, for messages ("1%" or "0.01")
 */
public record RejectionLimit(double share, String written) {
  public RejectionLimit {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share outside [0, 1]: " + share);
    }
  }

  /**
   * Reads a share: a fraction in [0, 1] ({@code 0.01}) or a percentage in [0, 100] ({@code 1%}).
   *
   * @throws ImportException naming the option and the value when it is neither
   */
  public static RejectionLimit parse(String text) {
    String t = text == null ? "" : text.strip();
    boolean percent = t.endsWith("%");
    String number = percent ? t.substring(0, t.length() - 1).strip() : t;
    BigDecimal value;
    try {
      // the one number format (StrictNumber), kept exact for the message
      StrictNumber.parse(number);
      value = new BigDecimal(number.strip());
    } catch (NumberFormatException e) {
      value = null;
    }
    BigDecimal max = percent ? BigDecimal.valueOf(100) : BigDecimal.ONE;
    if (value == null || value.signum() < 0 || value.compareTo(max) > 0) {
      throw new ImportException(
          "option '"
              + ImportOption.MAX_REJECTED.name()
              + "' = \""
              + text
              + "\": not a share of the rows read; give a fraction in [0, 1] (0.01) or a"
              + " percentage in [0, 100] (1%)",
          List.of());
    }
    double share = percent ? value.doubleValue() / 100 : value.doubleValue();
    return new RejectionLimit(share, t);
  }

  /** The limit a spec's {@code max_rejected} option sets, if any. */
  public static Optional<RejectionLimit> of(ImportSpec spec) {
    return spec.option(ImportOption.MAX_REJECTED).map(RejectionLimit::parse);
  }

  /** Whether {@code rejected} of {@code read} rows is more than this limit allows. */
  public boolean exceededBy(long rejected, long read) {
    return rejected > 0 && (read == 0 || (double) rejected / read > share);
  }

  /**
   * A share for people: one decimal of a percent ("2.1%"), more digits only where one decimal would
   * hide a difference from zero or from the limit ("0.004%").
   */
  public static String percent(long part, long whole) {
    if (whole == 0 || part == 0) {
      return "0%";
    }
    double p = 100.0 * part / whole;
    if (p >= 0.1) {
      return String.format(Locale.ROOT, "%.1f%%", p);
    }
    return new BigDecimal(p).round(new MathContext(1)).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public String toString() {
    return written.endsWith("%")
        ? written
        : written
            + " ("
            + new BigDecimal(share * 100)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString()
            + "%)";
  }
}
