package org.handover.io.imports.events;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for a few staging rows, where they stand in the file: their 1-based physical line and their
 * original fields. DuckDB keeps the records' order but not their lines (a quoted field may span lines,
 * blank lines are skipped), so the file is read again with FastCSV, counting records the way DuckDB
 * does: after the header, skipping blank lines and the records DuckDB itself rejected. Reading stops at
 * the last row asked for; nothing of this runs when no row is rejected or flagged.
 */
final class RecordLocator {
  /** Where one staging row came from. */
  record Found(long line, List<String> fields) {}

  private RecordLocator() {}

  /**
   * @param rowIds staging rowids wanted
   * @param skippedLines physical lines of records DuckDB rejected (they have no staging row)
   */
  static Map<Long, Found> locate(Path utf8, char delimiter, long headerLine, long[] rowIds, Set<Long> skippedLines) {
    Map<Long, Found> out = new HashMap<>();
    if (rowIds.length == 0) {
      return out;
    }
    long[] wanted = rowIds.clone();
    Arrays.sort(wanted);
    long last = wanted[wanted.length - 1];
    long index = -1;
    try (CsvReader<CsvRecord> reader = CsvHeader.reader(delimiter).ofCsvRecord(utf8)) {
      for (CsvRecord r : reader) {
        long line = r.getStartingLineNumber();
        if (line <= headerLine || skippedLines.contains(line)) {
          continue;
        }
        index++;
        if (Arrays.binarySearch(wanted, index) >= 0) {
          out.put(index, new Found(line, r.getFields()));
        }
        if (index >= last) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + utf8, e);
    }
    return out;
  }

  /** The 1-based physical line of each byte offset (sorted ascending) in {@code file}. */
  static long[] linesAt(Path file, long[] sortedOffsets) {
    long[] lines = new long[sortedOffsets.length];
    if (sortedOffsets.length == 0) {
      return lines;
    }
    byte[] buf = new byte[1 << 16];
    long pos = 0;
    long line = 1;
    int k = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while (k < sortedOffsets.length && (n = in.read(buf)) > 0) {
        for (int i = 0; i < n && k < sortedOffsets.length; i++, pos++) {
          while (k < sortedOffsets.length && sortedOffsets[k] == pos) {
            lines[k++] = line;
          }
          if (buf[i] == '\n') {
            line++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    while (k < sortedOffsets.length) {
      lines[k++] = line;
    }
    return lines;
  }
}
