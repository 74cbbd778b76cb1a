package org.handover.io.imports.events.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.handover.engine.HandoverException;
import org.handover.io.files.ConfigYaml;
import org.handover.io.files.InputFiles;
import org.handover.io.imports.events.mapping.EventMapping.DuplicateIds;
import org.handover.io.imports.events.mapping.EventMapping.LowAboveHigh;
import org.handover.io.imports.events.mapping.EventMapping.RegionFrom;

/**
 * Reads the YAML mapping that describes any other event CSV (see docs/importing-events.md). Errors
 * name the mapping file, the line and the key.
 */
public final class MappingFile {
  private static final ObjectMapper YAML =
      ConfigYaml.mapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private MappingFile() {}

  /** Thrown for a mapping file that cannot be used; the message names file, line and key. */
  public static final class MappingException extends HandoverException {
    private static final long serialVersionUID = 1L;

    MappingException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * One entry under {@code columns} (or {@code source}): a header name, or an object with {@code
   * column}, {@code constant}, or {@code year} and {@code month} (and {@code day}) headers.
   */
  static final class Field {
    final String column;
    final String constant;
    final String year;
    final String month;
    final String day;
    final boolean written;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Field named(String column) {
      return new Field(column, null, null, null, null, false);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    Field(
        @JsonProperty("column") String column,
        @JsonProperty("constant") String constant,
        @JsonProperty("year") String year,
        @JsonProperty("month") String month,
        @JsonProperty("day") String day) {
      this(column, constant, year, month, day, true);
      boolean parts = year != null || month != null || day != null;
      if (constant != null && (column != null || parts)) {
        throw new IllegalArgumentException(
            "a constant goes alone, without column or year/month/day");
      }
      if (column != null && parts) {
        throw new IllegalArgumentException(
            "give either a date column or year/month/day columns, not both");
      }
      if (day != null && month == null) {
        throw new IllegalArgumentException("a day column needs a month column (and a year column)");
      }
      if (month != null && year == null) {
        throw new IllegalArgumentException("a month column needs a year column");
      }
      if (year != null && month == null) {
        throw new IllegalArgumentException(
            "a year column needs a month column (a date is year/month or year/month/day)");
      }
      if (column == null && constant == null && !parts) {
        throw new IllegalArgumentException("give 'column', 'constant', or 'year' and 'month'");
      }
    }

    private Field(
        String column, String constant, String year, String month, String day, boolean written) {
      this.column = column;
      this.constant = constant;
      this.year = year;
      this.month = month;
      this.day = day;
      this.written = written;
    }

    boolean parts() {
      return year != null;
    }

    String text() {
      return constant != null ? constant : column;
    }

    DateParts dateParts() {
      return parts() ? new DateParts(year, month, day) : null;
    }
  }

  record Columns(
      @JsonProperty("id") Field id,
      @JsonProperty("start_date") Field startDate,
      @JsonProperty("end_date") Field endDate,
      @JsonProperty("region") Field region,
      @JsonProperty("latitude") Field latitude,
      @JsonProperty("longitude") Field longitude,
      @JsonProperty("location") Field location,
      @JsonProperty("event_type") Field eventType,
      @JsonProperty("deaths_low") Field deathsLow,
      @JsonProperty("deaths_best") Field deathsBest,
      @JsonProperty("deaths_high") Field deathsHigh,
      @JsonProperty("side_a") Field sideA,
      @JsonProperty("side_b") Field sideB) {
    Columns {
      if (startDate == null
          || !startDate.parts() && (startDate.column == null || startDate.column.isBlank())) {
        if (startDate != null && startDate.constant != null) {
          throw new IllegalArgumentException("'columns.start_date' cannot be a constant");
        }
        throw new IllegalArgumentException(
            "missing key 'columns.start_date' (the column holding the event's date)");
      }
      if (endDate != null && endDate.constant != null) {
        throw new IllegalArgumentException("'columns.end_date' cannot be a constant");
      }
      Map<String, Field> others = new LinkedHashMap<>();
      others.put("id", id);
      others.put("region", region);
      others.put("latitude", latitude);
      others.put("longitude", longitude);
      others.put("location", location);
      others.put("event_type", eventType);
      others.put("deaths_low", deathsLow);
      others.put("deaths_best", deathsBest);
      others.put("deaths_high", deathsHigh);
      others.put("side_a", sideA);
      others.put("side_b", sideB);
      others.forEach(
          (key, f) -> {
            if (f != null && f.parts()) {
              throw new IllegalArgumentException(
                  "'columns."
                      + key
                      + "': year/month/day columns are only for start_date and end_date");
            }
            if (f != null
                && f.constant != null
                && !key.equals("location")
                && !key.equals("event_type")) {
              throw new IllegalArgumentException(
                  "'columns." + key + "': only location and event_type may be constants");
            }
          });
      if ((latitude == null) != (longitude == null)) {
        throw new IllegalArgumentException(
            "'columns.latitude' and 'columns.longitude' go together: give both or neither");
      }
    }
  }

  record Model(
      @JsonProperty("source") Field source,
      @JsonProperty("encoding") String encoding,
      @JsonProperty("delimiter") String delimiter,
      @JsonProperty("skip_lines") Integer skipLines,
      @JsonProperty("columns") Columns columns,
      @JsonProperty("date_formats") List<String> dateFormats,
      @JsonProperty("no_region_values") List<String> noRegionValues,
      @JsonProperty("region_suffixes") List<String> regionSuffixes,
      @JsonProperty("region_from") String regionFrom,
      @JsonProperty("duplicate_ids") String duplicateIds,
      @JsonProperty("low_above_high") String lowAboveHigh,
      @JsonProperty("event_type_labels") Map<String, String> eventTypeLabels) {
    Model {
      if (source == null || source.parts() || source.text() == null || source.text().isBlank()) {
        throw new IllegalArgumentException(
            "missing key 'source' (the name stored with every event, e.g. 'my-agency' or"
                + " {constant: my-agency})");
      }
      if (source.written && source.constant == null) {
        throw new IllegalArgumentException(
            "'source' is one name for the whole file: write it as source: NAME or {constant: NAME}");
      }
      if (columns == null) {
        throw new IllegalArgumentException("missing key 'columns'");
      }
      if (delimiter != null && delimiter.length() != 1) {
        throw new IllegalArgumentException(
            "'delimiter' must be one character, got \"" + delimiter + "\"");
      }
      if (skipLines != null && skipLines < 0) {
        throw new IllegalArgumentException("'skip_lines' must be 0 or more, got " + skipLines);
      }
      if (dateFormats != null && dateFormats.isEmpty()) {
        throw new IllegalArgumentException("'date_formats' is empty");
      }
      if (eventTypeLabels != null && !eventTypeLabels.isEmpty()) {
        if (columns.eventType() == null || columns.eventType().column == null) {
          throw new IllegalArgumentException(
              "'event_type_labels' relabel the codes of a column: 'columns.event_type' must name"
                  + " one");
        }
        eventTypeLabels.forEach(
            (code, label) -> {
              if (label == null || label.isBlank()) {
                throw new IllegalArgumentException(
                    "'event_type_labels': the label of code '" + code + "' is empty");
              }
            });
      }
    }
  }

  private static final Set<String> KEYS =
      Set.of(
          "source",
          "encoding",
          "delimiter",
          "skip_lines",
          "columns",
          "date_formats",
          "no_region_values",
          "region_suffixes",
          "region_from",
          "duplicate_ids",
          "low_above_high",
          "event_type_labels");
  private static final Set<String> COLUMN_KEYS =
      Set.of(
          "id",
          "start_date",
          "end_date",
          "region",
          "latitude",
          "longitude",
          "location",
          "event_type",
          "deaths_low",
          "deaths_best",
          "deaths_high",
          "side_a",
          "side_b");

  /** Reads and checks the mapping at {@code file}. */
  public static EventMapping read(Path file) {
    Model m;
    try {
      String yaml = new String(InputFiles.readConfig(file), StandardCharsets.UTF_8);
      checkKeys(file, yaml);
      m = YAML.readValue(yaml, Model.class);
    } catch (JsonMappingException e) {
      throw new MappingException(describe(file, e), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new MappingException(
          file
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid YAML: "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping file " + file, e);
    }
    if (m == null) {
      throw new MappingException(file + ": the mapping file is empty", null);
    }
    Columns c = m.columns();
    Map<EventField, String> constants = new EnumMap<>(EventField.class);
    if (c.location() != null && c.location().constant != null) {
      constants.put(EventField.LOCATION, c.location().constant);
    }
    if (c.eventType() != null && c.eventType().constant != null) {
      constants.put(EventField.EVENT_TYPE, c.eventType().constant);
    }
    List<String> choices = new ArrayList<>();
    choices.add("mapping file " + file.getFileName());
    if (c.deathsBest() == null && (c.deathsLow() != null || c.deathsHigh() != null)) {
      choices.add("best = mean of low and high when both are given, else the one given");
    }
    if (c.deathsBest() != null && (c.deathsLow() == null || c.deathsHigh() == null)) {
      choices.add("a missing low or high figure takes the best figure");
    }
    if (c.startDate().parts() && c.startDate().day == null) {
      choices.add(
          "dates from year and month columns: an event covers its whole month (the 1st to the last"
              + " day) and is apportioned by day like any multi-day event");
    }
    return new EventMapping.Builder()
        .source(m.source().text().strip())
        .encoding(m.encoding() == null ? "UTF-8" : m.encoding())
        .delimiter(m.delimiter() == null ? ',' : m.delimiter().charAt(0))
        .skipLines(m.skipLines() == null ? 0 : m.skipLines())
        .id(column(c.id()))
        .startDate(column(c.startDate()))
        .endDate(column(c.endDate()))
        .dateFormats(m.dateFormats() == null ? List.of("%Y-%m-%d") : m.dateFormats())
        .region(column(c.region()))
        .noRegionValues(orEmpty(m.noRegionValues()))
        .regionSuffixes(orEmpty(m.regionSuffixes()))
        .regionFrom(choice(file, "region_from", m.regionFrom(), RegionFrom.class, RegionFrom.NAME))
        .latitude(column(c.latitude()))
        .longitude(column(c.longitude()))
        .location(column(c.location()))
        .eventType(column(c.eventType()))
        .deathsLow(column(c.deathsLow()))
        .deathsBest(column(c.deathsBest()))
        .deathsHigh(column(c.deathsHigh()))
        .duplicateIds(
            choice(
                file, "duplicate_ids", m.duplicateIds(), DuplicateIds.class, DuplicateIds.REJECT))
        .lowAboveHigh(
            choice(
                file, "low_above_high", m.lowAboveHigh(), LowAboveHigh.class, LowAboveHigh.REJECT))
        .choices(choices)
        .startParts(c.startDate().dateParts())
        .endParts(c.endDate() == null ? null : c.endDate().dateParts())
        .constants(constants)
        .sideA(column(c.sideA()))
        .sideB(column(c.sideB()))
        .eventTypeLabels(m.eventTypeLabels() == null ? Map.of() : m.eventTypeLabels())
        .build();
  }

  /** Unknown keys first, with their line: a misspelt key is the commonest mapping mistake. */
  private static void checkKeys(Path file, String yaml) throws IOException {
    try (JsonParser p = YAML.getFactory().createParser(yaml)) {
      int depth = 0;
      String parent = null;
      String last = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            depth++;
            if (depth == 2) {
              parent = last;
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            last = p.currentName();
            Set<String> known =
                depth == 1 ? KEYS : depth == 2 && "columns".equals(parent) ? COLUMN_KEYS : null;
            if (known != null && !known.contains(last)) {
              JsonLocation at = p.currentTokenLocation();
              throw new MappingException(
                  file
                      + ":"
                      + at.getLineNr()
                      + ":"
                      + at.getColumnNr()
                      + ": key '"
                      + (depth == 1 ? last : "columns." + last)
                      + "': unknown key; known keys: "
                      + new TreeSet<>(known),
                  null);
            }
          }
          default -> {}
        }
      }
    } catch (JsonProcessingException e) {
      // not valid YAML: reported with its location by the binding step
    }
  }

  private static String column(Field f) {
    return f == null ? null : f.column;
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static <E extends Enum<E>> E choice(
      Path file, String key, String value, Class<E> type, E fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new MappingException(
          file
              + ": key '"
              + key
              + "': unknown value '"
              + value
              + "'; use one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(x -> x.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")),
          e);
    }
  }

  private static String describe(Path file, JsonMappingException e) {
    JsonLocation at = e.getLocation();
    String key =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    String problem =
        e.getCause() instanceof IllegalArgumentException iae
            ? iae.getMessage()
            : e.getOriginalMessage();
    if (e instanceof UnrecognizedPropertyException u) {
      problem = "unknown key '" + u.getPropertyName() + "'; known keys: " + u.getKnownPropertyIds();
    }
    return file
        + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
        + (key.isEmpty() ? "" : ": key '" + key + "'")
        + ": "
        + problem;
  }
}
