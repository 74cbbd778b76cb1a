package org.handover.io.imports.events.csv;

import static de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE;

import de.siegmar.fastcsv.reader.CsvReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for a few staging rows, where they stand in the file: their 1-based physical line and
 * their original fields. DuckDB keeps the records' order but not their lines (a quoted field may
 * span lines, blank lines are skipped, and the records it could not split have no staging row), so
 * a staging rowid is mapped to a record of the {@link RecordIndex}: past the header, skipping
 * DuckDB's own rejects.
 */
public final class RecordLocator {
  /** Where one staging row came from. */
  public record Found(long line, List<String> fields, String text) {}

  private final RecordIndex index;
  private final char delimiter;
  private final long firstDataRecord;
  private final long[] skipped;

  /**
   * @param headerLine physical line of the header
   * @param skippedOffsets byte offsets of the records DuckDB rejected (they have no staging row)
   */
  public RecordLocator(RecordIndex index, char delimiter, long headerLine, long[] skippedOffsets) {
    this.index = index;
    this.delimiter = delimiter;
    long header = 0;
    while (header < index.records() && index.record(header).line() < headerLine) {
      header++;
    }
    this.firstDataRecord = header + 1;
    this.skipped =
        Arrays.stream(skippedOffsets).map(this::recordAt).filter(i -> i >= 0).sorted().toArray();
  }

  /** Records after the header. */
  public long dataRecords() {
    return index.records() - firstDataRecord;
  }

  /**
   * The record DuckDB rejected at {@code position} (its line_byte_position, which DuckDB counts
   * from 1).
   */
  public Found atOffset(long position) {
    long i = recordAt(position);
    return i < 0 ? null : found(i);
  }

  private long recordAt(long position) {
    long i = index.indexAt(position - 1);
    return i >= 0 ? i : index.indexAt(position);
  }

  public Map<Long, Found> locate(long[] rowIds) {
    Map<Long, Found> out = new HashMap<>();
    for (long row : rowIds) {
      long f = firstDataRecord + row;
      for (long s : skipped) {
        if (s <= f) {
          f++;
        }
      }
      out.put(row, found(f));
    }
    return out;
  }

  private Found found(long record) {
    RecordIndex.Span span = index.record(record);
    String text = index.text(span);
    List<String> fields =
        text.isEmpty()
            ? List.of()
            : CsvReader.builder()
                .fieldSeparator(delimiter)
                .extraFieldStrategy(IGNORE)
                .missingFieldStrategy(IGNORE)
                .ofSingleCsvRecord(text)
                .getFields();
    return new Found(span.line(), fields, text);
  }
}
