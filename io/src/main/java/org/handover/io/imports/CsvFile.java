package org.handover.io.imports;

import static de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handover.io.files.InputFiles;

/**
 * A small CSV file read whole, with its header, each record's physical line number and original
 * text (for rejections). Reads UTF-8 and falls back to windows-1252 when the bytes are not valid
 * UTF-8 (some real sources are Latin-1); {@link #charset()} says which was used.
 */
public final class CsvFile {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path path;
  private final Charset charset;
  private final List<String> header;
  private final Map<String, Integer> columnIndex;
  private final List<Row> rows;

  /** One record: its 1-based physical line, its fields, and the text it came from. */
  public record Row(long line, List<String> fields, String raw, CsvFile file) {
    /** The field in {@code column} (a resolved header name), or "" when the record is short. */
    public String get(String column) {
      Integer i = file.columnIndex.get(column.toLowerCase(Locale.ROOT));
      if (i == null) {
        throw new IllegalArgumentException(
            "no column " + column + " in " + file.path.getFileName());
      }
      return i < fields.size() ? fields.get(i).strip() : "";
    }
  }

  private CsvFile(Path path, Charset charset, List<String> header, List<Row> rows) {
    this.path = path;
    this.charset = charset;
    this.header = List.copyOf(header);
    Map<String, Integer> idx = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      idx.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    this.columnIndex = Collections.unmodifiableMap(idx);
    this.rows = rows;
  }

  /** Reads {@code path}: the first record is the header; empty lines are skipped. */
  public static CsvFile read(Path path) {
    byte[] bytes;
    try {
      bytes = InputFiles.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    Charset charset = StandardCharsets.UTF_8;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      charset = WINDOWS_1252;
      text = new String(bytes, WINDOWS_1252);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\n|\r", -1);
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .extraFieldStrategy(IGNORE)
            .missingFieldStrategy(IGNORE)
            .ofCsvRecord(text)) {
      reader.forEach(records::add);
    } catch (CsvParseException e) {
      throw new ImportException(
          path.getFileName() + ": not a readable CSV file: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (records.isEmpty()) {
      throw new ImportException(
          path.getFileName() + ": the file is empty (a header line is expected)", List.of());
    }
    requireDistinctNames(
        path.getFileName().toString(),
        records.get(0).getStartingLineNumber(),
        records.get(0).getFields());
    CsvFile file = new CsvFile(path, charset, records.get(0).getFields(), new ArrayList<>());
    for (int r = 1; r < records.size(); r++) {
      CsvRecord rec = records.get(r);
      long start = rec.getStartingLineNumber();
      long end =
          r + 1 < records.size() ? records.get(r + 1).getStartingLineNumber() - 1 : lines.length;
      StringBuilder raw = new StringBuilder();
      for (long l = start; l <= end && l <= lines.length; l++) {
        raw.append(l > start ? "\n" : "").append(lines[(int) l - 1]);
      }
      file.rows.add(new Row(start, rec.getFields(), raw.toString().stripTrailing(), file));
    }
    return file;
  }

  /**
   * Fails when two columns of a header have the same name as the importers match names (blanks
   * around it and case ignored): which of the two a kind would read is then a guess. Blank names
   * (e.g. from trailing commas) name no column and may repeat.
   *
   * <p>Also fails when a name holds a control character (other than tab and line ends).
   *
   * @throws ImportException naming the file, the line and both columns' positions (1-based)
   */
  public static void requireDistinctNames(String fileName, long line, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      for (int k = 0; k < name.length(); k++) {
        char c = name.charAt(k);
        // A NUL in a name would end the SQL string DuckDB is given; no header needs any of these.
        if (ControlCharacters.isControl(c) && c != '\t' && c != '\r' && c != '\n') {
          throw new ImportException(
              fileName
                  + ": line "
                  + line
                  + ": the header's column "
                  + (i + 1)
                  + " ('"
                  + ControlCharacters.visible(name)
                  + "') contains the control character "
                  + String.format(Locale.ROOT, "U+%04X", (int) c)
                  + "; a column name cannot hold one",
              List.of());
        }
      }
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String key = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        continue;
      }
      Integer before = first.putIfAbsent(key, i);
      if (before != null) {
        throw new ImportException(
            fileName
                + ": line "
                + line
                + ": the header names column '"
                + Rejection.echo(names.get(i).strip())
                + "' twice (columns "
                + (before + 1)
                + " and "
                + (i + 1)
                + "); which one holds the data is a guess, so rename or remove one",
            List.of());
      }
    }
  }

  public Path path() {
    return path;
  }

  public String name() {
    return path.getFileName().toString();
  }

  public Charset charset() {
    return charset;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  public boolean has(String column) {
    return columnIndex.containsKey(column.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The first of {@code candidates} (alternatives separated by '|', e.g. "governorate|region") that
   * is a column of this file, matched without regard to case.
   *
   * @throws ImportException naming the file, the expected and the available columns, when none is
   */
  public String column(String candidates) {
    return findColumn(candidates)
        .orElseThrow(
            () ->
                new ImportException(
                    name()
                        + ": line 1: no column "
                        + String.join(" or ", alternatives(candidates))
                        + " (columns: "
                        + String.join(", ", header)
                        + ")",
                    List.of()));
  }

  public Optional<String> findColumn(String candidates) {
    for (String c : alternatives(candidates)) {
      if (has(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static List<String> alternatives(String candidates) {
    List<String> out = new ArrayList<>();
    for (String c : candidates.split("\\|")) {
      if (!c.isBlank()) {
        out.add(c.strip());
      }
    }
    return out;
  }
}
