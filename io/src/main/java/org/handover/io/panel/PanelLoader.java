package org.handover.io.panel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.handover.io.geo.GeoMeasure;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;
import org.handover.io.store.TheaterReader;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a theater's panel from the store: event variables (see {@link EventSeries}), measurement
 * variables (see {@link MeasurementSeries}) and region attributes ({@code population}, {@code
 * area_km2} from the polygons), aggregated in SQL and laid into arrays from a sorted result.
 */
public final class PanelLoader {
  public static final String NOTE_APPORTIONMENT = "apportionment";

  /**
   * Names the panel gives its own variables: the event series ({@code events}, {@code
   * deaths_low/best/high} and their {@code national_} forms) and the region attributes ({@code
   * population}, {@code area_km2}). A measurement of one of these names would replace the series
   * every indicator reads, so imports refuse them.
   */
  public static final Set<String> RESERVED_NAMES = reservedNames();

  public static final String NOTE_COVERAGE = "event coverage";
  public static final String NOTE_NATIONAL = "national totals";
  public static final String NOTE_MEASUREMENTS = "measurements";
  public static final String NOTE_SOURCES = "event sources";
  public static final String NOTE_WARNINGS = "warnings";
  public static final String NOTE_FILTERS = "event filters";

  private PanelLoader() {}

  /**
   * @param months the time axis; empty: from the first to the last month of data (event coverage,
   *     incidents and measurements)
   * @throws StoreException when the theater has no regions, or no data and no months were given
   */
  public static LoadedPanel load(Store store, String theaterName, Optional<MonthRange> months) {
    return load(store, theaterName, months, List.of());
  }

  /**
   * The panel with the filtered event series {@code filtered} too (each as a column named by its
   * {@link Filtered#key()}), and the values of the event attributes they filter on, against which
   * the indicator language checks them. Only the series asked for are computed: the others would
   * cost a query each. A filter on an attribute or series that does not exist is left out, for the
   * indicator checks to report against the expression.
   *
   * @param months the time axis; empty: from the first to the last month of data (event coverage,
   *     incidents and measurements)
   * @throws StoreException when the theater has no regions, or no data and no months were given
   */
  public static LoadedPanel load(
      Store store, String theaterName, Optional<MonthRange> months, Collection<Filtered> filtered) {
    Theater theater = new TheaterReader(store).theater(theaterName);
    Connection c = store.connection();
    try {
      EventSeries.Coverage coverage = EventSeries.coverage(c, theaterName);
      MonthRange range = months.isPresent() ? months.get() : dataSpan(c, theaterName, coverage);
      List<String> warnings = new ArrayList<>();
      Panel panel = Panel.empty(theater, range);
      panel = EventSeries.add(panel, c, coverage, warnings);
      Map<String, String> filterNotes = new LinkedHashMap<>();
      panel = FilteredEventSeries.add(panel, c, coverage, filtered, filterNotes);
      panel = MeasurementSeries.add(panel, c, warnings);
      panel = attributes(panel, c);
      Map<String, String> notes =
          notes(coverage.all(), coverage.bySource().keySet(), filterNotes, warnings);
      return new LoadedPanel(panel, inputs(c, theaterName), notes);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot load the panel of theater " + theaterName + ": " + e.getMessage(), e);
    }
  }

  /**
   * The method notes of a panel's provenance: apportionment, event coverage ({@code covered}: the
   * months an event import covers), national totals, measurements, the event sources when more than
   * one, the filters' notes and the warnings. One wording for every loader of a panel (the store's
   * and the scale-out job's).
   */
  public static Map<String, String> notes(
      Set<YearMonth> covered,
      Collection<String> sources,
      Map<String, String> filterNotes,
      List<String> warnings) {
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put(
        NOTE_APPORTIONMENT,
        "multi-day incidents spread evenly by day over the months they cover: each month gets the "
            + "share of the incident's days that fall in it, of its fatalities and of its count alike (counts can be fractional)");
    notes.put(
        NOTE_COVERAGE,
        covered.isEmpty()
            ? "no event imports: event variables are NaN (no data) throughout"
            : "months covered by an event import ("
                + describeMonths(covered)
                + ") are 0 where no incident was recorded; "
                + "other months are NaN (no data)");
    notes.put(
        NOTE_NATIONAL,
        "national_* series count every incident of the theater, including those with no region");
    notes.put(
        NOTE_MEASUREMENTS,
        "one value per measure, region and month, summed over nations and roles; months without a "
            + "value are NaN (no interpolation: use carry_forward or interpolate in indicators)");
    if (sources.size() > 1) {
      notes.put(
          NOTE_SOURCES,
          "events of "
              + sources.size()
              + " sources ("
              + String.join(", ", new TreeSet<>(sources))
              + ") are summed in events/deaths_*: sources may report the same incidents; per-source variables are "
              + "<source>.deaths_best etc.");
    }
    notes.putAll(filterNotes);
    if (!warnings.isEmpty()) {
      notes.put(NOTE_WARNINGS, String.join("; ", warnings));
    }
    return notes;
  }

  private static MonthRange dataSpan(Connection c, String theater, EventSeries.Coverage coverage)
      throws SQLException {
    MonthRange span = EventSeries.span(c, theater);
    if (!coverage.isEmpty()) {
      List<YearMonth> covered = new ArrayList<>(coverage.all());
      MonthRange cov = MonthRange.of(covered.get(0), covered.get(covered.size() - 1));
      span = span == null ? cov : span.span(cov);
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT min(month), max(month) FROM measurements WHERE theater = ?")) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Date first = rs.getDate(1);
        if (first != null) {
          MonthRange m =
              MonthRange.of(
                  YearMonth.from(first.toLocalDate()), YearMonth.from(rs.getDate(2).toLocalDate()));
          span = span == null ? m : span.span(m);
        }
      }
    }
    if (span == null) {
      throw new StoreException(
          "theater "
              + theater
              + " has no events and no measurements: import some, or give the months");
    }
    return span;
  }

  private static Set<String> reservedNames() {
    Set<String> names = new TreeSet<>();
    for (String measure : EventSeries.MEASURES) {
      names.add(measure);
      names.add("national_" + measure);
    }
    for (String attribute : List.of("population", "area_km2")) {
      names.add(attribute);
      names.add("national_" + attribute);
    }
    return Collections.unmodifiableSet(names);
  }

  private static Panel attributes(Panel panel, Connection c) throws SQLException {
    Theater theater = panel.theater();
    double[] population = theater.regions().stream().mapToDouble(Region::population).toArray();
    panel = panel.withAttribute(PanelVocabulary.population(), population);
    double[] area = new double[theater.size()];
    boolean any = false;
    GeoJsonReader reader = new GeoJsonReader();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT region, geometry FROM regions WHERE theater = ?")) {
      ps.setString(1, theater.name());
      try (ResultSet rs = ps.executeQuery()) {
        Arrays.fill(area, Double.NaN);
        while (rs.next()) {
          String geometry = rs.getString(2);
          if (geometry != null) {
            area[theater.indexOf(RegionId.of(rs.getString(1)))] =
                GeoMeasure.areaKm2(reader.read(geometry));
            any = true;
          }
        }
      }
    } catch (ParseException e) {
      throw new StoreException("stored region geometry is unreadable: " + e.getMessage(), e);
    }
    return any ? panel.withAttribute(PanelVocabulary.area(), area) : panel;
  }

  /**
   * The files behind the panel: imports whose rows are still in the store, plus the latest
   * population import of each file.
   */
  private static List<InputRef> inputs(Connection c, String theater) throws SQLException {
    List<InputRef> out = new ArrayList<>();
    String eventKinds =
        String.join(", ", EventSeries.NON_EVENT_KINDS.stream().map(k -> "'" + k + "'").toList());
    try (PreparedStatement ps =
        c.prepareStatement(
            """
        WITH used AS (
          SELECT import_id FROM regions WHERE theater = $1
          UNION SELECT import_id FROM region_aliases WHERE theater = $1
          UNION SELECT import_id FROM neighbours WHERE theater = $1
          UNION SELECT import_id FROM events WHERE theater = $1
          UNION SELECT import_id FROM measurements WHERE theater = $1
          UNION SELECT max(import_id) FROM imports WHERE theater = $1 AND kind = 'population' AND status = 'committed' GROUP BY file_name
          UNION SELECT import_id FROM imports WHERE theater = $1 AND kind NOT IN (%s)
        )
        SELECT DISTINCT kind, file_name, sha256 FROM imports
        WHERE theater = $1 AND status = 'committed' AND import_id IN (SELECT import_id FROM used)
        ORDER BY kind, file_name, sha256"""
                .formatted(eventKinds))) {
      ps.setString(1, theater);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new InputRef(rs.getString(2), rs.getString(3), rs.getString(1)));
        }
      }
    }
    return out;
  }

  private static String describeMonths(Set<YearMonth> covered) {
    List<String> runs = new ArrayList<>();
    YearMonth start = null;
    YearMonth prev = null;
    for (YearMonth m : new TreeSet<>(covered)) {
      if (prev == null || !m.equals(prev.plusMonths(1))) {
        if (start != null) {
          runs.add(start + ".." + prev);
        }
        start = m;
      }
      prev = m;
    }
    runs.add(start + ".." + prev);
    return String.join(", ", runs);
  }
}
