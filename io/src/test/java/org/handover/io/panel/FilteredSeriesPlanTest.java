package org.handover.io.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.handover.engine.indicator.Expression;
import org.handover.engine.indicator.Expression.Filtered;
import org.junit.jupiter.api.Test;

/**
 * The plan every loader of a panel follows for filtered event series: which series, grouped how, in
 * which order, covered by which sources.
 */
class FilteredSeriesPlanTest {
  private static final Map<String, Set<YearMonth>> TWO_SOURCES =
      new TreeMap<>(
          Map.of(
              "ibc", Set.of(YearMonth.of(2007, 1), YearMonth.of(2007, 2)),
              "ucdp-ged", Set.of(YearMonth.of(2007, 2), YearMonth.of(2007, 3))));

  private static Set<Filtered> filtered(String... expressions) {
    Set<Filtered> out = new LinkedHashSet<>();
    for (String e : expressions) {
      out.addAll(Expression.parse(e).filteredSeries());
    }
    return out;
  }

  private static List<String> names(FilteredSeriesPlan.Group g) {
    return g.series().stream().map(s -> s.variable().name()).toList();
  }

  @Test
  void seriesOfOneFilterShareAGroupInTheOrderOfFirstAppearance() {
    FilteredSeriesPlan plan =
        FilteredSeriesPlan.of(
            filtered(
                "deaths_best[event_type == \"one-sided\"]",
                "events[side_a == \"IS\"]",
                "national_events[event_type == \"one-sided\"]"),
            TWO_SOURCES);
    assertThat(plan.groups()).hasSize(2);
    assertThat(names(plan.groups().get(0)))
        .containsExactly(
            "deaths_best[event_type == \"one-sided\"]",
            "national_events[event_type == \"one-sided\"]");
    assertThat(plan.groups().get(0).series().get(1).national()).isTrue();
    assertThat(plan.groups().get(0).series().get(1).measure()).isEqualTo("events");
    assertThat(names(plan.groups().get(1))).containsExactly("events[side_a == \"IS\"]");
    assertThat(plan.attributesToRead()).containsExactly("event_type", "side_a");
    // every attribute is listed, with values only for those filtered on
    var attributes = plan.eventAttributes(a -> Set.of(a + " value")).orElseThrow();
    assertThat(attributes.names())
        .containsExactly("event_type", "location", "side_a", "side_b", "source");
    assertThat(attributes.values("location")).isEmpty();
    assertThat(attributes.values("side_a")).contains(new TreeSet<>(Set.of("side_a value")));
    assertThat(plan.notes().get(PanelLoader.NOTE_FILTERS))
        .startsWith(
            "deaths_best[event_type == \"one-sided\"]: fatalities, best estimate per region")
        .contains("; national_events[event_type == \"one-sided\"]: incidents in the whole theater");
  }

  @Test
  void aSourceFilterOrAPerSourceSeriesNarrowsTheCoverage() {
    FilteredSeriesPlan plan =
        FilteredSeriesPlan.of(
            filtered(
                "deaths_best[source == \"ibc\"]",
                "ucdp_ged.deaths_best[side_a == \"IS\"]",
                "deaths_best[source != \"ibc\" and side_a == \"IS\"]"),
            TWO_SOURCES);
    assertThat(plan.groups()).hasSize(3);
    FilteredSeriesPlan.Group ibc = plan.groups().get(0);
    assertThat(ibc.source()).isNull();
    assertThat(ibc.admitted()).containsExactly("ibc");
    assertThat(ibc.covered()).containsExactly(YearMonth.of(2007, 1), YearMonth.of(2007, 2));
    FilteredSeriesPlan.Group ucdp = plan.groups().get(1);
    assertThat(ucdp.source()).isEqualTo("ucdp-ged");
    assertThat(ucdp.admitted()).containsExactly("ucdp-ged");
    assertThat(ucdp.series().get(0).variable().description()).endsWith("(covered by ucdp-ged)");
    assertThat(plan.groups().get(2).admitted()).containsExactly("ucdp-ged");
  }

  @Test
  void seriesThatDoNotExistAreLeftForTheIndicatorChecks() {
    FilteredSeriesPlan plan =
        FilteredSeriesPlan.of(
            filtered(
                "deaths_best[kind == \"x\"]",
                "population[side_a == \"IS\"]",
                // one source only: there are no per-source series
                "ibc.deaths_best[side_a == \"IS\"]"),
            Map.of("ibc", Set.of(YearMonth.of(2007, 1))));
    assertThat(plan.groups()).isEmpty();
    assertThat(plan.notes()).isEmpty();
    assertThat(plan.attributesToRead()).containsExactly("side_a");
    assertThat(plan.eventAttributes(a -> Set.of())).isPresent();
    assertThat(FilteredSeriesPlan.of(List.of(), TWO_SOURCES).eventAttributes(a -> Set.of()))
        .isEqualTo(Optional.empty());
  }

  @Test
  void ucdpTypesAreKnownByLabelOnlyWhenAUcdpFileWasImported() {
    assertThat(FilteredSeriesPlan.values("event_type", Set.of(), true))
        .contains("one-sided", "state-based", "non-state");
    assertThat(FilteredSeriesPlan.values("event_type", Set.of("x"), false)).containsExactly("x");
    assertThat(FilteredSeriesPlan.values("side_a", Set.of(), true)).isEmpty();
  }
}
