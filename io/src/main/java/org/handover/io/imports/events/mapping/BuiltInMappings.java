package org.handover.io.imports.events.mapping;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handover.io.imports.events.mapping.EventMapping.DuplicateIds;
import org.handover.io.imports.events.mapping.EventMapping.LowAboveHigh;
import org.handover.io.imports.events.mapping.EventMapping.RegionFrom;

/** The column mappings of the formats Handover reads by their published column names. */
public final class BuiltInMappings {
  /**
   * Administrative-unit words UCDP appends to adm_1 names ("Baghdad governorate", "Borno state").
   */
  static final List<String> UCDP_ADM1_SUFFIXES =
      List.of(
          " governorate",
          " province",
          " state",
          " region",
          " oblast",
          " district",
          " department",
          " prefecture",
          " county",
          " division",
          " municipality");

  /** UCDP's type_of_violence codes and what the codebook calls them. */
  public static final Map<String, String> UCDP_TYPES_OF_VIOLENCE =
      Map.of("1", "state-based", "2", "non-state", "3", "one-sided");

  private static final List<String> IBC_CHOICES =
      List.of(
          "best = high = Reported Maximum, low = Reported Minimum: IBC's own published monthly series counts the maximum",
          "IBC codes are not unique (the same code is reused for separate incidents, e.g. k17089 in Haditha and in"
              + " al-Karkh): rows with a repeated code are all imported and listed in the notes",
          "Reported Minimum above Reported Maximum is IBC's marker that the maximum is recorded in another incident"
              + " ('Max recorded elsewhere'): low is capped at the maximum so that low <= best <= high");

  private BuiltInMappings() {}

  /** IBC's province-coded event file (IBC_event.csv). */
  public static EventMapping ibcEvent() {
    return new EventMapping.Builder()
        .source("ibc")
        .encoding("auto")
        .delimiter(',')
        .skipLines(0)
        .id("IBC.code")
        .startDate("Start.Date")
        .endDate("End.Date")
        .dateFormats(List.of("%d %b %Y"))
        .region("Province")
        .noRegionValues(List.of("NA"))
        .regionFrom(RegionFrom.NAME)
        .deathsLow("Reported.Minimum")
        .deathsBest("Reported.Maximum")
        .deathsHigh("Reported.Maximum")
        .duplicateIds(DuplicateIds.KEEP)
        .lowAboveHigh(LowAboveHigh.CAP_LOW)
        .choices(
            concat(
                IBC_CHOICES,
                "Province 'NA' means IBC could not place the incident: imported without a region"))
        .build();
  }

  /**
   * IBC's database export (ibc-incidents-*.csv): free-text Location, regions from a place
   * gazetteer.
   */
  public static EventMapping ibcRaw() {
    return new EventMapping.Builder()
        .source("ibc")
        .encoding("auto")
        .delimiter(',')
        .skipLines(0)
        .id("IBC code")
        .startDate("Start Date")
        .endDate("End Date")
        .dateFormats(List.of("%d %b %Y"))
        .regionFrom(RegionFrom.GAZETTEER)
        .location("Location")
        .eventType("Weapons")
        .deathsLow("Reported Minimum")
        .deathsBest("Reported Maximum")
        .deathsHigh("Reported Maximum")
        .duplicateIds(DuplicateIds.KEEP)
        .lowAboveHigh(LowAboveHigh.CAP_LOW)
        .choices(
            concat(
                IBC_CHOICES,
                "region from the place names in Location (gazetteer): the last place named wins,"
                    + " the longest name at the same position; no place found = imported without a region"))
        .build();
  }

  /**
   * UCDP Georeferenced Event Dataset, CSV download, by the codebook's variable names; the type of
   * violence stored as its label, and the two sides.
   */
  public static EventMapping ucdpGed() {
    return ucdpGedColumns()
        .withSides("side_a", "side_b")
        .withEventTypeLabels(UCDP_TYPES_OF_VIOLENCE);
  }

  private static EventMapping ucdpGedColumns() {
    return new EventMapping.Builder()
        .source("ucdp-ged")
        .encoding("UTF-8")
        .delimiter(',')
        .skipLines(0)
        .id("id")
        .startDate("date_start")
        .endDate("date_end")
        .dateFormats(List.of("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%g"))
        .region("adm_1")
        .regionSuffixes(UCDP_ADM1_SUFFIXES)
        .regionFrom(RegionFrom.NAME)
        .latitude("latitude")
        .longitude("longitude")
        .location("where_coordinates")
        .eventType("type_of_violence")
        .deathsLow("low")
        .deathsBest("best")
        .deathsHigh("high")
        .duplicateIds(DuplicateIds.REJECT)
        .lowAboveHigh(LowAboveHigh.REJECT)
        .choices(
            List.of(
                "fatalities: low, best, high as UCDP publishes them",
                "event_type = type_of_violence as a label: 1 state-based, 2 non-state, 3 one-sided"
                    + " (another code is stored as written)",
                "side_a, side_b = side_a, side_b",
                "region = adm_1 (with or without its administrative suffix), else the point (latitude, longitude)"))
        .build();
  }

  /**
   * ACLED export, by the codebook's column names, with actor1 and actor2 as the two sides. ACLED
   * events are single-day.
   */
  public static EventMapping acled() {
    return acledColumns().withSides("actor1", "actor2");
  }

  private static EventMapping acledColumns() {
    return new EventMapping.Builder()
        .source("acled")
        .encoding("UTF-8")
        .delimiter(',')
        .skipLines(0)
        .id("event_id_cnty")
        .startDate("event_date")
        .dateFormats(List.of("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y"))
        .region("admin1")
        .regionFrom(RegionFrom.NAME)
        .latitude("latitude")
        .longitude("longitude")
        .location("location")
        .eventType("event_type")
        .deathsBest("fatalities")
        .duplicateIds(DuplicateIds.REJECT)
        .lowAboveHigh(LowAboveHigh.REJECT)
        .choices(
            List.of(
                "fatalities: ACLED gives one figure, so low = best = high = fatalities",
                "single-day events: end date = event_date",
                "side_a = actor1, side_b = actor2",
                "region = admin1, else the point (latitude, longitude)"))
        .build();
  }

  private static List<String> concat(List<String> a, String b) {
    return Stream.concat(a.stream(), Stream.of(b)).toList();
  }
}
