package org.handover.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A FastCSV writer that writes cells by their type: a {@link Number} or {@link Boolean} as it is
 * ({@code toString}), {@code null} as an empty cell, anything else as a text cell neutralised by
 * {@link CsvCell#text} and then quoted. So a number can never be mistaken for a formula, and a text
 * can never become one.
 *
 * <pre>{@code
 * try (SafeCsv csv = SafeCsv.to(Path.of("out.csv"))) {
 *   csv.record("region", "margin");
 *   csv.record(region.name(), -0.25); // "=cmd()" is written as "'=cmd()"; -0.25 stays a number
 * }
 * }</pre>
 */
public final class SafeCsv implements Closeable, Flushable {
  /** Quotes the neutralised cells (OWASP: prefix a single quote and quote the cell). */
  private static final QuoteStrategy QUOTE_NEUTRALISED =
      new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
          return CsvCell.neutralised(value);
        }
      };

  private final CsvWriter writer;

  private SafeCsv(CsvWriter writer) {
    this.writer = writer;
  }

  /** The FastCSV builder every Handover CSV starts from (field separator etc. may be changed). */
  public static CsvWriter.CsvWriterBuilder builder() {
    return CsvWriter.builder().quoteStrategy(QUOTE_NEUTRALISED);
  }

  /** On {@code out}, which it does not close. */
  public static SafeCsv on(Writer out) {
    return new SafeCsv(builder().build(out));
  }

  /** A new file (UTF-8). */
  public static SafeCsv to(Path file) throws IOException {
    return new SafeCsv(builder().build(file));
  }

  /** On a writer built from {@link #builder()}. */
  public static SafeCsv of(CsvWriter writer) {
    return new SafeCsv(writer);
  }

  /**
   * A field of unknown type (a rejected input row's original field), for {@link #record}: a plain
   * decimal number stays as it is, anything else is a text cell.
   */
  public static Object untyped(String value) {
    return value == null ? null : new Verbatim(CsvCell.untyped(value));
  }

  public SafeCsv record(Object... cells) {
    return record(Arrays.asList(cells));
  }

  public SafeCsv record(List<?> cells) {
    writer.writeRecord(cells.stream().map(SafeCsv::cell).toList());
    return this;
  }

  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof Verbatim t) {
      return t.text();
    }
    return CsvCell.text(v.toString());
  }

  @Override
  public void flush() {
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** A cell already made safe by {@link CsvCell#untyped}. */
  private record Verbatim(String text) {}
}
