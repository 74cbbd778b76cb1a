package org.handover.io.imports.events.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    List<String> choices) {

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

  public EventMapping {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(startDate, "startDate");
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
          endDate,
          region,
          latitude,
          longitude,
          location,
          eventType,
          deathsLow,
          deathsBest,
          deathsHigh
        }) {
      if (c != null && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
