package org.handover.io.imports.events.csv;

import static de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.handover.io.imports.CsvFile;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.events.mapping.EventField;
import org.handover.io.imports.events.mapping.EventMapping;

/**
 * The header of an event file: the first record (after any lines to skip, within the first {@value
 * #SEARCH} records, so preambles such as IBC's are passed over) that holds the mapping's id and
 * start-date columns. A file without the mapping's columns fails with the missing names.
 *
 * @param line 1-based physical line of the header
 */
public record CsvHeader(List<String> names, long line) {
  static final int SEARCH = 100;

  public CsvHeader {
    names = List.copyOf(names);
  }

  public static CsvReader.CsvReaderBuilder reader(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter('"')
        .skipEmptyLines(true)
        .extraFieldStrategy(IGNORE)
        .missingFieldStrategy(IGNORE)
        .detectBomHeader(true);
  }

  /**
   * Finds the header in {@code utf8} (the file as UTF-8) and checks it has every column {@code m}
   * names.
   */
  public static CsvHeader locate(Path utf8, String fileName, EventMapping m) {
    List<String> required = m.requiredColumns();
    List<String> anchors = new ArrayList<>();
    if (m.id() != null) {
      anchors.add(m.id());
    }
    anchors.add(EventField.START.column(m));
    CsvHeader first = null;
    try (CsvReader<CsvRecord> reader =
        reader(m.delimiter()).ofCsvRecord(utf8, StandardCharsets.UTF_8)) {
      if (m.skipLines() > 0) {
        reader.skipLines(m.skipLines());
      }
      int seen = 0;
      for (CsvRecord r : reader) {
        List<String> names = r.getFields().stream().map(String::strip).toList();
        CsvHeader candidate =
            new CsvHeader(names, r.getStartingLineNumber()); // FastCSV counts the skipped lines
        if (first == null) {
          first = candidate;
        }
        if (names.containsAll(anchors)) {
          CsvFile.requireDistinctNames(fileName, candidate.line(), names);
          candidate.check(fileName, required);
          return candidate;
        }
        if (++seen >= SEARCH) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName, e);
    }
    if (first == null) {
      throw new ImportException(fileName + ": the file is empty (no header line)", List.of());
    }
    first.check(fileName, required);
    throw new IllegalStateException("unreachable: the first record lacks an anchor column");
  }

  private void check(String fileName, List<String> required) {
    List<String> missing = required.stream().filter(c -> !names.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new ImportException(
          fileName
              + ": line "
              + line
              + ": the header lacks column"
              + (missing.size() > 1 ? "s " : " ")
              + missing.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
              + " (the header has: "
              + String.join(", ", names)
              + ")",
          List.of());
    }
  }

  public int indexOf(String column) {
    return names.indexOf(column);
  }

  /**
   * Header names as DuckDB columns: blanks named column_N, repeats suffixed, so every name is
   * unique.
   */
  public static List<String> uniqueNames(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).isBlank() ? "column_" + (i + 1) : names.get(i);
      String candidate = n;
      for (int k = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); k++) {
        candidate = n + "_" + k;
      }
      out.add(candidate);
    }
    return out;
  }
}
