package org.handover.io.imports.events.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the columns of one event source map to the canonical events table. Built-in formats have a
 * fixed mapping ({@link BuiltInMappings}); any other CSV gets one from a YAML file ({@link
 * MappingFile}). Column fields hold header names; {@code null} means the source has no such column.
 *
 * @param source value of events.source for every row
 * @param encoding charset name, or "auto" (UTF-8 when the file is valid UTF-8, else windows-1252)
 * @param skipLines physical lines to skip before looking for the header
 * @param dateFormats strptime formats (DuckDB syntax, e.g. "%d %b %Y"), tried in order
 * @param noRegionValues values of the region column meaning "no region" (imported unassigned, not
 *     unknown)
 * @param regionSuffixes suffixes stripped from region names before matching (" governorate")
 * @param regionFrom where the region comes from: a region-name column, or place names in the
 *     location text
 * @param choices the documented interpretation choices this mapping makes (stored with the import)
 * @param startParts the start date's year/month/day columns, or null when {@code startDate} names
 *     one date column
 * @param endParts the end date's year/month/day columns, or null
 * @param constants fixed values for text fields the file has no column for (event type, location)
 * @param sideA the column naming the first actor or side of the event (UCDP side_a, ACLED actor1),
 *     or null
 * @param sideB the column naming the second actor or side (UCDP side_b, ACLED actor2), or null
 * @param eventTypeLabels codes of the event type column stored as readable labels (UCDP's "3" as
 *     "one-sided"); a code not listed is stored as written
 */
public record EventMapping(
    String source,
    String encoding,
    char delimiter,
    int skipLines,
    String id,
    String startDate,
    String endDate,
    List<String> dateFormats,
    String region,
    List<String> noRegionValues,
    List<String> regionSuffixes,
    RegionFrom regionFrom,
    String latitude,
    String longitude,
    String location,
    String eventType,
    String deathsLow,
    String deathsBest,
    String deathsHigh,
    DuplicateIds duplicateIds,
    LowAboveHigh lowAboveHigh,
    List<String> choices,
    // left out of the stored options when unused, so mappings without them are recorded as before
    @JsonInclude(JsonInclude.Include.NON_NULL) DateParts startParts,
    @JsonInclude(JsonInclude.Include.NON_NULL) DateParts endParts,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<EventField, String> constants,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sideA,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sideB,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> eventTypeLabels) {

  /** Fields that may be given as a constant instead of a column. */
  public static final List<EventField> CONSTANT_FIELDS =
      List.of(EventField.LOCATION, EventField.EVENT_TYPE);

  /** Where an event's region comes from. */
  public enum RegionFrom {
    /**
     * a column holding the region's name (or an alias); point-in-polygon when it is missing or
     * unknown
     */
    NAME,
    /** place names found in the location text, looked up in a place gazetteer */
    GAZETTEER
  }

  /** What to do with a second row carrying an id already seen in the file. */
  public enum DuplicateIds {
    REJECT,
    /** the source reuses ids for distinct incidents: import all, list them in the notes */
    KEEP
  }

  /** What to do with a row whose low fatality figure is above its high figure. */
  public enum LowAboveHigh {
    REJECT,
    /**
     * the source uses low > high on purpose: import with low capped at high, list them in the notes
     */
    CAP_LOW
  }

  /** This mapping with the columns naming the event's two sides (actors). */
  public EventMapping withSides(String a, String b) {
    return toBuilder().sideA(a).sideB(b).build();
  }

  /** This mapping with event type codes stored as labels. */
  public EventMapping withEventTypeLabels(Map<String, String> labels) {
    return toBuilder().eventTypeLabels(labels).build();
  }

  public EventMapping {
    Objects.requireNonNull(source, "source");
    if ((startDate == null) == (startParts == null)) {
      throw new IllegalArgumentException("give the start date as one column or as year/month/day");
    }
    if (endDate != null && endParts != null) {
      throw new IllegalArgumentException("give the end date as one column or as year/month/day");
    }
    constants =
        constants == null || constants.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(constants));
    for (EventField f : constants.keySet()) {
      if (!CONSTANT_FIELDS.contains(f)) {
        throw new IllegalArgumentException(f + " cannot be a constant");
      }
    }
    if (constants.containsKey(EventField.LOCATION) && location != null
        || constants.containsKey(EventField.EVENT_TYPE) && eventType != null) {
      throw new IllegalArgumentException("a field has both a column and a constant");
    }
    // sorted, so the stored options do not depend on the order the labels were given in
    eventTypeLabels =
        eventTypeLabels == null || eventTypeLabels.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(eventTypeLabels));
    if (!eventTypeLabels.isEmpty() && eventType == null) {
      throw new IllegalArgumentException("event type labels need an event type column");
    }
    encoding = encoding == null ? "UTF-8" : encoding;
    dateFormats = List.copyOf(dateFormats);
    if (dateFormats.isEmpty()) {
      throw new IllegalArgumentException("at least one date format is needed");
    }
    noRegionValues = List.copyOf(noRegionValues);
    regionSuffixes = List.copyOf(regionSuffixes);
    regionFrom = regionFrom == null ? RegionFrom.NAME : regionFrom;
    duplicateIds = duplicateIds == null ? DuplicateIds.REJECT : duplicateIds;
    lowAboveHigh = lowAboveHigh == null ? LowAboveHigh.REJECT : lowAboveHigh;
    choices = List.copyOf(choices);
    if (skipLines < 0) {
      throw new IllegalArgumentException("skipLines must be >= 0");
    }
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException(
          "latitude and longitude go together: give both columns or neither");
    }
    if (regionFrom == RegionFrom.GAZETTEER && location == null) {
      throw new IllegalArgumentException("regions from a gazetteer need a location column");
    }
  }

  /**
   * The column the region is derived from: the region name, or the location text for a gazetteer.
   */
  public String regionKey() {
    return regionFrom == RegionFrom.GAZETTEER ? location : region;
  }

  public boolean hasFatalities() {
    return deathsLow != null || deathsBest != null || deathsHigh != null;
  }

  /** Every column the file must have (header names, without duplicates, in a stable order). */
  public List<String> requiredColumns() {
    List<String> out = new ArrayList<>();
    for (String c :
        new String[] {
          id,
          startDate,
          startParts == null ? null : startParts.year(),
          startParts == null ? null : startParts.month(),
          startParts == null ? null : startParts.day(),
          endDate,
          endParts == null ? null : endParts.year(),
          endParts == null ? null : endParts.month(),
          endParts == null ? null : endParts.day(),
          region,
          latitude,
          longitude,
          location,
          eventType,
          deathsLow,
          deathsBest,
          deathsHigh,
          sideA,
          sideB
        }) {
      if (c != null && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A builder holding this mapping's components, to change some of them. */
  Builder toBuilder() {
    return new Builder()
        .source(source)
        .encoding(encoding)
        .delimiter(delimiter)
        .skipLines(skipLines)
        .id(id)
        .startDate(startDate)
        .endDate(endDate)
        .dateFormats(dateFormats)
        .region(region)
        .noRegionValues(noRegionValues)
        .regionSuffixes(regionSuffixes)
        .regionFrom(regionFrom)
        .latitude(latitude)
        .longitude(longitude)
        .location(location)
        .eventType(eventType)
        .deathsLow(deathsLow)
        .deathsBest(deathsBest)
        .deathsHigh(deathsHigh)
        .duplicateIds(duplicateIds)
        .lowAboveHigh(lowAboveHigh)
        .choices(choices)
        .startParts(startParts)
        .endParts(endParts)
        .constants(constants)
        .sideA(sideA)
        .sideB(sideB)
        .eventTypeLabels(eventTypeLabels);
  }

  /**
   * Builds a mapping by naming its parts: the one place besides the record header that lists every
   * component, so the withers change one part each and a new component is added here only. Unset
   * parts are those of a mapping without the optional columns; the canonical constructor validates
   * the result.
   */
  static final class Builder {
    private String source;
    private String encoding;
    private char delimiter = ',';
    private int skipLines;
    private String id;
    private String startDate;
    private String endDate;
    private List<String> dateFormats = List.of();
    private String region;
    private List<String> noRegionValues = List.of();
    private List<String> regionSuffixes = List.of();
    private RegionFrom regionFrom;
    private String latitude;
    private String longitude;
    private String location;
    private String eventType;
    private String deathsLow;
    private String deathsBest;
    private String deathsHigh;
    private DuplicateIds duplicateIds;
    private LowAboveHigh lowAboveHigh;
    private List<String> choices = List.of();
    private DateParts startParts;
    private DateParts endParts;
    private Map<EventField, String> constants = Map.of();
    private String sideA;
    private String sideB;
    private Map<String, String> eventTypeLabels = Map.of();

    Builder source(String v) {
      source = v;
      return this;
    }

    Builder encoding(String v) {
      encoding = v;
      return this;
    }

    Builder delimiter(char v) {
      delimiter = v;
      return this;
    }

    Builder skipLines(int v) {
      skipLines = v;
      return this;
    }

    Builder id(String v) {
      id = v;
      return this;
    }

    Builder startDate(String v) {
      startDate = v;
      return this;
    }

    Builder endDate(String v) {
      endDate = v;
      return this;
    }

    Builder dateFormats(List<String> v) {
      dateFormats = v;
      return this;
    }

    Builder region(String v) {
      region = v;
      return this;
    }

    Builder noRegionValues(List<String> v) {
      noRegionValues = v;
      return this;
    }

    Builder regionSuffixes(List<String> v) {
      regionSuffixes = v;
      return this;
    }

    Builder regionFrom(RegionFrom v) {
      regionFrom = v;
      return this;
    }

    Builder latitude(String v) {
      latitude = v;
      return this;
    }

    Builder longitude(String v) {
      longitude = v;
      return this;
    }

    Builder location(String v) {
      location = v;
      return this;
    }

    Builder eventType(String v) {
      eventType = v;
      return this;
    }

    Builder deathsLow(String v) {
      deathsLow = v;
      return this;
    }

    Builder deathsBest(String v) {
      deathsBest = v;
      return this;
    }

    Builder deathsHigh(String v) {
      deathsHigh = v;
      return this;
    }

    Builder duplicateIds(DuplicateIds v) {
      duplicateIds = v;
      return this;
    }

    Builder lowAboveHigh(LowAboveHigh v) {
      lowAboveHigh = v;
      return this;
    }

    Builder choices(List<String> v) {
      choices = v;
      return this;
    }

    Builder startParts(DateParts v) {
      startParts = v;
      return this;
    }

    Builder endParts(DateParts v) {
      endParts = v;
      return this;
    }

    Builder constants(Map<EventField, String> v) {
      constants = v;
      return this;
    }

    Builder sideA(String v) {
      sideA = v;
      return this;
    }

    Builder sideB(String v) {
      sideB = v;
      return this;
    }

    Builder eventTypeLabels(Map<String, String> v) {
      eventTypeLabels = v;
      return this;
    }

    EventMapping build() {
      return new EventMapping(
          source,
          encoding,
          delimiter,
          skipLines,
          id,
          startDate,
          endDate,
          dateFormats,
          region,
          noRegionValues,
          regionSuffixes,
          regionFrom,
          latitude,
          longitude,
          location,
          eventType,
          deathsLow,
          deathsBest,
          deathsHigh,
          duplicateIds,
          lowAboveHigh,
          choices,
          startParts,
          endParts,
          constants,
          sideA,
          sideB,
          eventTypeLabels);
    }
  }
}
