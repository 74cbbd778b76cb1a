package org.handover.io.imports.events.mapping;

/** The canonical fields of an event, each read from the column a mapping names for it. */
public enum EventField {
  ID,
  START,
  END,
  REGION,
  LATITUDE,
  LONGITUDE,
  LOCATION,
  EVENT_TYPE,
  LOW,
  BEST,
  HIGH,
  START_YEAR,
  START_MONTH,
  START_DAY,
  END_YEAR,
  END_MONTH,
  END_DAY,
  SIDE_A,
  SIDE_B;

  /** The source column this field comes from under {@code m}, or null when the source has none. */
  public String column(EventMapping m) {
    return switch (this) {
      case ID -> m.id();
      // a date in parts is named by its year column (where an empty or out-of-range date shows)
      case START -> m.startParts() == null ? m.startDate() : m.startParts().year();
      case END -> m.endParts() == null ? m.endDate() : m.endParts().year();
      case REGION -> m.regionKey();
      case LATITUDE -> m.latitude();
      case LONGITUDE -> m.longitude();
      case LOCATION -> m.location();
      case EVENT_TYPE -> m.eventType();
      case LOW -> m.deathsLow();
      case BEST -> m.deathsBest();
      case HIGH -> m.deathsHigh();
      case START_YEAR -> m.startParts() == null ? null : m.startParts().year();
      case START_MONTH -> m.startParts() == null ? null : m.startParts().month();
      case START_DAY -> m.startParts() == null ? null : m.startParts().day();
      case END_YEAR -> m.endParts() == null ? null : m.endParts().year();
      case END_MONTH -> m.endParts() == null ? null : m.endParts().month();
      case END_DAY -> m.endParts() == null ? null : m.endParts().day();
      case SIDE_A -> m.sideA();
      case SIDE_B -> m.sideB();
    };
  }
}
