package org.handover.io.panel;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;

/**
 * The names, descriptions and warnings of the panel's own variables, in one place for every loader
 * of a panel: {@link PanelLoader} reads the store, the scale-out job reads the exported tables, and
 * both must name and describe the same series alike.
 */
public final class PanelVocabulary {
  /** The event series per region and month: {@code events}, {@code deaths_low/best/high}. */
  public static final List<String> EVENT_MEASURES = List.of(EventSeries.MEASURES);

  /** Import kinds that carry no events (everything else that is committed is an event import). */
  public static final List<String> NON_EVENT_KINDS = EventSeries.NON_EVENT_KINDS;

  /** Breakdowns of a measurement: the total, by nation, by role. */
  public static final String TOTAL = MeasurementSeries.TOTAL;

  public static final String NATION = MeasurementSeries.NATION;
  public static final String ROLE = MeasurementSeries.ROLE;

  private PanelVocabulary() {}

  /** "ucdp-ged" -> "ucdp_ged.": a source name as it appears in variable names. */
  public static String sourcePrefix(String source) {
    return EventSeries.variablePrefix(source);
  }

  /**
   * An event series: {@code measure} of all sources ({@code source} null) or of one, per region or
   * for the whole theater ({@code national_}).
   */
  public static Variable event(String measure, String source, boolean national) {
    String prefix = source == null ? "" : sourcePrefix(source);
    return Variable.real(
        prefix + (national ? "national_" : "") + measure,
        VariableKind.EVENT,
        EventSeries.describe(measure, source, national));
  }

  /**
   * A measurement series: its total ({@link #TOTAL}) or one nation's or role's part, per region or
   * national.
   *
   * @param files the imported files it comes from
   */
  public static Variable measurement(
      String measure,
      boolean national,
      String breakdown,
      String part,
      boolean illustrative,
      Set<String> files) {
    return MeasurementSeries.variable(
        new MeasurementSeries.Spec(
            measure, national, breakdown, breakdown.isEmpty() ? "" : part, illustrative, files));
  }

  public static Variable population() {
    return Variable.real(
        "population", VariableKind.ATTRIBUTE, "residents (as imported, with its year)");
  }

  public static Variable area() {
    return Variable.real(
        "area_km2",
        VariableKind.ATTRIBUTE,
        "area in km² computed on the sphere from the region polygon");
  }

  /** The warning for events naming regions the theater does not have. */
  public static String eventStrangers(String theater, List<String> names) {
    return "events name regions that are not in theater "
        + theater
        + " (counted in national totals only): "
        + String.join(", ", names);
  }

  /** The warning for measurements naming regions the theater does not have. */
  public static String measurementStrangers(String theater, List<String> names) {
    return "measurements name regions that are not in theater "
        + theater
        + " (left out): "
        + String.join(", ", names);
  }

  /** The warning for a stored measurement under one of the panel's own names, left out. */
  public static String reservedMeasurement(
      String theater, String measure, Collection<String> files) {
    return "measurement "
        + measure
        + " (from "
        + String.join(", ", files)
        + ") is left out: "
        + measure
        + " is the name of the panel's own variable, which it would replace; rename"
        + " the measure in the file and import it again, and delete the stored rows"
        + " (DELETE FROM measurements WHERE theater = '"
        + theater
        + "' AND measure = '"
        + measure
        + "')";
  }
}
