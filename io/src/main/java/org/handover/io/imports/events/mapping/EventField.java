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
  HIGH;

  /** The source column this field comes from under {@code m}, or null when the source has none. */
  public String column(EventMapping m) {
    return switch (this) {
      case ID -> m.id();
      case START -> m.startDate();
      case END -> m.endDate();
      case REGION -> m.regionKey();
      case LATITUDE -> m.latitude();
      case LONGITUDE -> m.longitude();
      case LOCATION -> m.location();
      case EVENT_TYPE -> m.eventType();
      case LOW -> m.deathsLow();
      case BEST -> m.deathsBest();
      case HIGH -> m.deathsHigh();
    };
  }
}
