package org.handover.io.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.handover.engine.panel.Panel;
import org.handover.engine.time.MonthRange;
import org.handover.io.imports.theater.RegionImporter;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** The SQL apportionment agrees with a day-by-day reference for any set of incidents. */
class ApportionmentPropertyTest {
  private static final LocalDate ORIGIN = LocalDate.of(2007, 11, 1);
  private static final MonthRange RANGE =
      MonthRange.of(YearMonth.of(2007, 11), YearMonth.of(2009, 12));

  @TempDir Path dir;

  /** start offset (days from ORIGIN), length in days - 1, deaths. */
  private record Incident(int start, int extraDays, int deaths) {
    LocalDate from() {
      return ORIGIN.plusDays(start);
    }

    LocalDate to() {
      return from().plusDays(extraDays);
    }
  }

  private static Gen<Incident> incidents() {
    return integers()
        .between(0, 330)
        .zip(integers().between(0, 400), integers().between(0, 500), Incident::new);
  }

  @Test
  void monthlyValuesEqualTheDayByDayReferenceAndTotalsAreConserved() {
    Path geo =
        TheaterFixtures.write(
            dir, "r.geojson", TheaterFixtures.collection(TheaterFixtures.square("A", 0, 0, 1)));
    qt().withFixedSeed(42)
        .withExamples(25)
        .forAll(lists().of(incidents()).ofSizeBetween(1, 12))
        .checkAssert(
            list -> {
              try (Store store = Store.inMemory()) {
                RegionImporter.importFile(store, geo, RegionImporter.Options.defaults("t"));
                long id =
                    EventFixtures.eventImport(store, "t", "e.csv", RANGE.first(), RANGE.last());
                for (Incident i : list) {
                  EventFixtures.event(
                      store, id, "t", "s", "A", i.from().toString(), i.to().toString(), i.deaths());
                }
                Panel p = PanelLoader.load(store, "t", Optional.of(RANGE)).panel();
                double[] deaths = p.values("deaths_best")[0];
                double[] events = p.values("events")[0];
                double[] expectedDeaths = new double[RANGE.length()];
                double[] expectedEvents = new double[RANGE.length()];
                for (Incident i : list) {
                  int days = i.extraDays() + 1;
                  for (LocalDate d = i.from(); !d.isAfter(i.to()); d = d.plusDays(1)) {
                    int m = RANGE.offsetOf(YearMonth.from(d));
                    expectedDeaths[m] += (double) i.deaths() / days;
                    expectedEvents[m] += 1.0 / days;
                  }
                }
                for (int m = 0; m < RANGE.length(); m++) {
                  assertThat(deaths[m])
                      .as("deaths in %s", RANGE.monthAt(m))
                      .isCloseTo(expectedDeaths[m], within(1e-9));
                  assertThat(events[m])
                      .as("events in %s", RANGE.monthAt(m))
                      .isCloseTo(expectedEvents[m], within(1e-12));
                }
                double total =
                    List.of(list.toArray(Incident[]::new)).stream()
                        .mapToDouble(Incident::deaths)
                        .sum();
                assertThat(Arrays.stream(deaths).sum()).isCloseTo(total, within(1e-9));
                assertThat(Arrays.stream(events).sum()).isCloseTo(list.size(), within(1e-9));
              }
            });
  }
}
