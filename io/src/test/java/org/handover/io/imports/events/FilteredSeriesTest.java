package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.indicator.Expression;
import org.handover.engine.indicator.ExpressionException;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.handover.io.imports.events.mapping.EventFormat;
import org.handover.io.panel.LoadedPanel;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Event series filtered on the attributes a UCDP GED import stores: six illustrative events of all
 * three types of violence, March to May 2007, one of them over a month end and one without a
 * region. The panel runs from February to June, so its first and last months are outside the
 * coverage.
 */
class FilteredSeriesTest {
  private static final RegionId BAGHDAD = RegionId.of("Baghdad");
  private static final RegionId BASRA = RegionId.of("Basra");
  private static final RegionId NINEVEH = RegionId.of("Nineveh");
  private static final MonthRange FEB_JUN =
      MonthRange.of(YearMonth.of(2007, 2), YearMonth.of(2007, 6));
  private static final double NaN = Double.NaN;
  private static final String ONE_SIDED = "deaths_best[event_type == \"one-sided\"]";
  private static final String OTHERS = "deaths_best[event_type != \"one-sided\"]";
  private static final String STATE_OR_NON_STATE =
      "events[event_type in (\"state-based\", \"non-state\")]";
  private static final String BY_IS = "national_deaths_best[side_a == \"IS\"]";
  private static final String GOVERNMENT =
      "events[side_a == \"Government of Iraq\" and side_b == \"IS\"]";

  private static Store store;

  @BeforeAll
  static void importSample() {
    store = TheaterFixture.iraq();
    EventImporter.importFile(
        store,
        EventImportRequest.of(
            "iraq", EventFormat.UCDP_GED, Samples.of("ucdp-ged-types-illustrative.csv")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static LoadedPanel load(String... expressions) {
    Set<Expression.Filtered> filtered = new java.util.LinkedHashSet<>();
    for (String e : expressions) {
      filtered.addAll(Expression.parse(e).filteredSeries());
    }
    return PanelLoader.load(store, "iraq", Optional.of(FEB_JUN), filtered);
  }

  private static double[] row(Panel p, String name, RegionId region) {
    return p.values(name)[p.theater().indexOf(region)];
  }

  @Test
  void theTypeOfViolenceIsStoredAsUcdpsLabelAndTheSidesAsWritten() {
    assertThat(
            store.strings(
                "SELECT event_id || ' ' || event_type || ' ' || side_a || ' / ' || side_b"
                    + " FROM events ORDER BY event_id"))
        .containsExactly(
            "2001 state-based Government of Iraq / IS",
            "2002 one-sided IS / Civilians",
            "2003 non-state Mahdi Army / Badr Organization",
            "2004 one-sided IS / Civilians",
            "2005 state-based Government of Iraq / IS",
            "2006 one-sided IS / Civilians");
  }

  @Test
  void aFilteredSeriesCountsOnlyMatchingEventsWithZerosInCoveredMonthsAndNaNOutside() {
    Panel p = load(ONE_SIDED, STATE_OR_NON_STATE).panel();
    assertThat(row(p, ONE_SIDED, BAGHDAD)).containsExactly(NaN, 10, 0, 0, NaN);
    assertThat(row(p, ONE_SIDED, BASRA)).containsExactly(NaN, 0, 0, 0, NaN);
    // 30 April to 1 May: half in each month
    assertThat(row(p, ONE_SIDED, NINEVEH)).containsExactly(NaN, 0, 3, 3, NaN);
    assertThat(row(p, STATE_OR_NON_STATE, BAGHDAD)).containsExactly(NaN, 1, 0, 1, NaN);
    assertThat(row(p, STATE_OR_NON_STATE, BASRA)).containsExactly(NaN, 0, 1, 0, NaN);
    // only what was asked for is loaded
    assertThat(p.names()).doesNotContain(OTHERS, "events[event_type == \"one-sided\"]");
  }

  @Test
  void nationalSeriesIncludeEventsWithoutARegion() {
    Panel p = load(BY_IS, "national_events[event_type == \"one-sided\"]").panel();
    assertThat(row(p, BY_IS, BASRA)).containsExactly(NaN, 10, 3, 7, NaN);
    assertThat(row(p, "national_events[event_type == \"one-sided\"]", BAGHDAD))
        .containsExactly(NaN, 1, 0.5, 1.5, NaN);
  }

  @Test
  void aConditionAndItsNegationAddUpToTheUnfilteredSeries() {
    Panel p = load(ONE_SIDED, OTHERS).panel();
    for (RegionId r : List.of(BAGHDAD, BASRA, NINEVEH)) {
      double[] all = row(p, "deaths_best", r);
      double[] one = row(p, ONE_SIDED, r);
      double[] rest = row(p, OTHERS, r);
      for (int m = 0; m < all.length; m++) {
        assertThat(one[m] + rest[m]).as("%s month %d", r, m).isEqualTo(all[m], within());
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.0);
  }

  @Test
  void conditionsOnSeveralAttributesMustAllHold() {
    Panel p = load(GOVERNMENT).panel();
    assertThat(row(p, GOVERNMENT, BAGHDAD)).containsExactly(NaN, 1, 0, 1, NaN);
    assertThat(row(p, GOVERNMENT, NINEVEH)).containsExactly(NaN, 0, 0, 0, NaN);
  }

  @Test
  void indicatorsReadTheFilteredSeriesAndTheProvenanceShowsTheFilter() {
    LoadedPanel loaded = load("rolling_sum(" + ONE_SIDED + ", 2)");
    double[][] v =
        IndicatorCalculator.evaluate(loaded.panel(), "rolling_sum(" + ONE_SIDED + ", 2)");
    assertThat(v[loaded.panel().theater().indexOf(NINEVEH)]).containsExactly(NaN, NaN, 3, 6, NaN);
    assertThat(loaded.provenance().notes().get(PanelLoader.NOTE_FILTERS))
        .startsWith(ONE_SIDED + ": fatalities, best estimate per region per month, from all event")
        .contains("only events where event_type is \"one-sided\"")
        .contains("(covered by ucdp-ged)");
    assertThat(loaded.panel().variable(ONE_SIDED).orElseThrow().description())
        .contains("only events where event_type is \"one-sided\"");
  }

  @Test
  void aTypeNoEventHasIsKnownByItsUcdpLabelButAMisspeltOneIsAnError() {
    LoadedPanel loaded = load("events[event_type == \"one sided\"]");
    ExpressionException e =
        catchThrowableOfType(
            ExpressionException.class,
            () ->
                IndicatorCalculator.evaluate(
                    loaded.panel(), "events[event_type == \"one sided\"]"));
    assertThat(e.describe())
        .isEqualTo(
            "no event has event_type \"one sided\" at column 22 (did you mean \"one-sided\"?)");
    ExpressionException attribute =
        catchThrowableOfType(
            ExpressionException.class,
            () ->
                IndicatorCalculator.evaluate(
                    load("events[type == \"3\"]").panel(), "events[type == \"3\"]"));
    assertThat(attribute.describe())
        .isEqualTo(
            "unknown event attribute 'type' at column 8 (did you mean event_type? event attributes"
                + " are event_type, location, side_a, side_b, source)");
  }

  @Test
  void valuesWithQuotesAndDollarsAreTextNotSyntax() {
    String odd = "events[location == \"say \\\"$1\\\" \\\\ '; DROP TABLE events; --\"]";
    LoadedPanel loaded = load(odd);
    String key = Expression.parse(odd).filteredSeries().iterator().next().key();
    assertThat(row(loaded.panel(), key, BAGHDAD)).containsExactly(NaN, 0, 0, 0, NaN);
    assertThat(loaded.panel().variable(key).orElseThrow().description())
        .contains("location is \"say \\\"$1\\\" \\ '; DROP TABLE events; --\"");
    assertThat(store.count("SELECT count(*) FROM events")).isEqualTo(6);
  }

  @Test
  void aSourceFilterNarrowsTheCoverageToThatSource() {
    Panel p = load("deaths_best[source == \"ucdp-ged\"]").panel();
    assertThat(row(p, "deaths_best[source == \"ucdp-ged\"]", BAGHDAD))
        .containsExactly(NaN, 15, 0, 2, NaN);
    Panel none = load("deaths_best[source != \"ucdp-ged\"]").panel();
    // no other source: no month is covered
    assertThat(row(none, "deaths_best[source != \"ucdp-ged\"]", BAGHDAD))
        .containsExactly(NaN, NaN, NaN, NaN, NaN);
  }
}
