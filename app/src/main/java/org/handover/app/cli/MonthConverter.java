package org.handover.app.cli;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a month option (YYYY-MM) and says what is wrong in the user's terms, instead of Java's
 * parser text ("Unable to obtain YearMonth from TemporalAccessor").
 */
final class MonthConverter implements ITypeConverter<YearMonth> {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  @Override
  public YearMonth convert(String value) {
    Matcher m = MONTH.matcher(value.strip());
    if (!m.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a month: write YYYY-MM, e.g. 2007-06");
    }
    int month = Integer.parseInt(m.group(2));
    try {
      return YearMonth.of(Integer.parseInt(m.group(1)), month);
    } catch (DateTimeException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a month: month " + month + " does not exist (01 to 12)");
    }
  }
}
