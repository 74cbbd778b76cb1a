package org.handover.io.imports.measurements;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The long CSV format for measurements: {@code month, region, measure, value, nation, role,
 * illustrative, note}. Month is YYYY-MM (or a date, taken as its month); region blank or "national"
 * means the whole theater; nation, role, illustrative and note are optional columns.
 */
public final class MeasurementCsv {
  public static final String MONTH = "month";
  public static final String REGION = "region";
  public static final String MEASURE = "measure";
  public static final String VALUE = "value";
  public static final String NATION = "nation";
  public static final String ROLE = "role";
  public static final String ILLUSTRATIVE = "illustrative";
  public static final String NOTE = "note";

  private MeasurementCsv() {}

  /**
   * Writes {@code rows} in the order given, with LF line ends and numbers in their shortest plain
   * form, so the same rows always give the same bytes.
   */
  public static void write(Path out, List<Measurement> rows) {
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
      w.writeRecord(MONTH, REGION, MEASURE, VALUE, NATION, ROLE, ILLUSTRATIVE, NOTE);
      for (Measurement m : rows) {
        w.writeRecord(
            m.month().toString(),
            m.region().orElse("national"),
            m.measure(),
            number(m.value()),
            m.nation().orElse(""),
            m.role().orElse(""),
            Boolean.toString(m.illustrative()),
            m.note());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /** 142000.0 -> "142000", 0.25 -> "0.25". */
  public static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
