package org.handover.io.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handover.io.panel.EventFixtures.event;
import static org.handover.io.panel.EventFixtures.eventImport;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.indicator.Expression;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;

/**
 * Filters with two event sources: IBC covers January to March 2007 (3 deaths in Basra in January,
 * no type), UCDP February and March (4 one-sided deaths in Basra in February). Each filtered series
 * is 0 only in months a source it admits covers.
 */
class FilteredSourcesTest {
  private static final RegionId BASRA = RegionId.of("Basra");
  private static final double NaN = Double.NaN;

  private static Panel load(Store store, String... expressions) {
    Set<Expression.Filtered> filtered = new LinkedHashSet<>();
    for (String e : expressions) {
      filtered.addAll(Expression.parse(e).filteredSeries());
    }
    return PanelLoader.load(store, "iraq", Optional.empty(), filtered).panel();
  }

  @Test
  void aFilterFollowsTheCoverageOfTheSourcesItAdmits() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      long ibc =
          eventImport(store, "iraq", "ibc.csv", YearMonth.of(2007, 1), YearMonth.of(2007, 3));
      long ucdp =
          eventImport(store, "iraq", "ged.csv", YearMonth.of(2007, 2), YearMonth.of(2007, 3));
      event(store, ibc, "iraq", "ibc", "Basra", "2007-01-05", "2007-01-05", 3);
      event(store, ucdp, "iraq", "ucdp-ged", "Basra", "2007-02-05", "2007-02-05", 4);
      store.inTransaction(
          c -> {
            try (var s = c.createStatement()) {
              return s.executeUpdate(
                  "UPDATE events SET event_type = 'one-sided' WHERE source = 'ucdp-ged'");
            }
          });

      String perSource = "ucdp_ged.deaths_best[event_type == \"one-sided\"]";
      String untyped = "deaths_best[event_type != \"one-sided\"]";
      String ibcOnly = "deaths_best[source == \"ibc\"]";
      String ucdpOnly = "national_deaths_best[source in (\"ucdp-ged\")]";
      String notIbc = "deaths_best[source != \"ibc\" and event_type == \"one-sided\"]";
      Panel p = load(store, perSource, untyped, ibcOnly, ucdpOnly, notIbc);
      int basra = p.theater().indexOf(BASRA);

      assertThat(p.values(perSource)[basra]).containsExactly(NaN, 4, 0);
      // IBC's events have no type: they are not one-sided
      assertThat(p.values(untyped)[basra]).containsExactly(3, 0, 0);
      assertThat(p.values(ibcOnly)[basra]).containsExactly(3, 0, 0);
      // the panel names a series by its canonical form: one value in a list is written with ==
      String key = Expression.parse(ucdpOnly).filteredSeries().iterator().next().key();
      assertThat(key).isEqualTo("national_deaths_best[source == \"ucdp-ged\"]");
      assertThat(p.values(key)[basra]).containsExactly(NaN, 4, 0);
      assertThat(p.values(notIbc)[basra]).containsExactly(NaN, 4, 0);
      assertThat(p.eventAttributes().values("source").orElseThrow())
          .containsExactly("ibc", "ucdp-ged");
    }
  }
}
