package org.handover.io.imports.events;

import java.util.function.Function;
import org.handover.io.imports.events.mapping.EventField;
import org.handover.io.imports.events.mapping.EventMapping;

/**
 * Why a row is rejected. The staging SQL computes the first problem of each row as its code; the
 * reason text is written here, with the row's values, only for the few rows that have one.
 */
enum RejectionReason {
  MISSING_ID(EventField.ID, "empty required field (event id)"),
  MISSING_START(EventField.START, "empty required field (start date)"),
  BAD_START(EventField.START, "not a date in the expected format"),
  BAD_END(EventField.END, "not a date in the expected format"),
  BAD_START_YEAR(EventField.START_YEAR, "not a year (a whole number)"),
  BAD_START_MONTH(EventField.START_MONTH, "not a month (1 .. 12)"),
  BAD_START_DAY(EventField.START_DAY, "not a day of that month"),
  BAD_END_YEAR(EventField.END_YEAR, "not a year (a whole number)"),
  BAD_END_MONTH(EventField.END_MONTH, "not a month (1 .. 12)"),
  BAD_END_DAY(EventField.END_DAY, "not a day of that month"),
  START_OUT_OF_RANGE(
      EventField.START,
      "date outside the plausible range " + EventSql.MIN_DATE + " .. " + EventSql.MAX_DATE),
  END_OUT_OF_RANGE(
      EventField.END,
      "date outside the plausible range " + EventSql.MIN_DATE + " .. " + EventSql.MAX_DATE),
  END_BEFORE_START(EventField.END, "end date before start date"),
  BAD_LATITUDE(EventField.LATITUDE, "not a number"),
  LATITUDE_OUT_OF_RANGE(EventField.LATITUDE, "latitude outside -90 .. 90"),
  BAD_LONGITUDE(EventField.LONGITUDE, "not a number"),
  LONGITUDE_OUT_OF_RANGE(EventField.LONGITUDE, "longitude outside -180 .. 180"),
  MISSING_LATITUDE(EventField.LATITUDE, "longitude given without latitude"),
  MISSING_LONGITUDE(EventField.LONGITUDE, "latitude given without longitude"),
  BAD_LOW(EventField.LOW, "not a number"),
  NEGATIVE_LOW(EventField.LOW, "negative fatality figure"),
  TOO_LARGE_LOW(EventField.LOW, EventSql.TOO_MANY_FATALITIES),
  BAD_BEST(EventField.BEST, "not a number"),
  NEGATIVE_BEST(EventField.BEST, "negative fatality figure"),
  TOO_LARGE_BEST(EventField.BEST, EventSql.TOO_MANY_FATALITIES),
  BAD_HIGH(EventField.HIGH, "not a number"),
  NEGATIVE_HIGH(EventField.HIGH, "negative fatality figure"),
  TOO_LARGE_HIGH(EventField.HIGH, EventSql.TOO_MANY_FATALITIES),
  NO_FATALITIES(EventField.BEST, "empty required field (no fatality figure)"),
  LOW_ABOVE_HIGH(EventField.LOW, "low fatality figure above the high figure"),
  LOW_ABOVE_BEST(EventField.LOW, "low fatality figure above the best figure"),
  BEST_ABOVE_HIGH(EventField.BEST, "best fatality figure above the high figure"),
  DUPLICATE_ID(EventField.ID, "duplicate id"),
  CONTROL_IN_ID(
      EventField.ID,
      "event id contains a control character (ids and names may not hold control characters)"),
  CONTROL_IN_REGION(
      EventField.REGION,
      "region name contains a control character (ids and names may not hold control"
          + " characters)"),
  OUTSIDE_GRID(EventField.LATITUDE, "point outside the extent of the theater's grid"),
  CELL_NOT_IN_THEATER(
      EventField.LATITUDE, "point in a grid cell that is not one of the theater's regions");

  private final EventField field;
  private final String reason;

  RejectionReason(EventField field, String reason) {
    this.field = field;
    this.reason = reason;
  }

  /** The code stored in the staging table (0 = no problem). */
  int code() {
    return ordinal() + 1;
  }

  static RejectionReason ofCode(int code) {
    return values()[code - 1];
  }

  EventField field() {
    return field;
  }

  /**
   * The reason, with the other values it was compared to ({@code valueOf} gives a field's raw
   * text).
   */
  String reason(EventMapping m, Function<EventField, String> valueOf) {
    return switch (this) {
      case BAD_START, BAD_END ->
          reason + " (expected " + String.join(" or ", m.dateFormats()) + ")";
      case END_BEFORE_START ->
          reason
              + " ("
              + EventField.START.column(m)
              + " = \""
              + valueOf.apply(EventField.START)
              + "\")";
      case LOW_ABOVE_HIGH ->
          reason + " (" + m.deathsHigh() + " = \"" + valueOf.apply(EventField.HIGH) + "\")";
      case LOW_ABOVE_BEST, BEST_ABOVE_HIGH -> reason + " (" + describeFigures(m, valueOf) + ")";
      case OUTSIDE_GRID, CELL_NOT_IN_THEATER ->
          reason + " (" + m.longitude() + " = \"" + valueOf.apply(EventField.LONGITUDE) + "\")";
      default -> reason;
    };
  }

  private static String describeFigures(EventMapping m, Function<EventField, String> valueOf) {
    StringBuilder s = new StringBuilder();
    for (EventField f : new EventField[] {EventField.LOW, EventField.BEST, EventField.HIGH}) {
      if (f.column(m) != null) {
        s.append(s.length() == 0 ? "" : ", ")
            .append(f.column(m))
            .append(" = \"")
            .append(valueOf.apply(f))
            .append('"');
      }
    }
    return s.toString();
  }
}
