package org.handover.io.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.handover.io.panel.EventFixtures.event;
import static org.handover.io.panel.EventFixtures.eventImport;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.handover.engine.panel.Panel;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;
import org.handover.io.imports.measurements.MeasurementImporter;
import org.handover.io.imports.theater.TheaterFixtures;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelLoaderTest {
  private static final RegionId BASRA = RegionId.of("Basra");
  private static final RegionId ANBAR = RegionId.of("Anbar");
  private static final YearMonth JAN = YearMonth.of(2007, 1);
  private static final YearMonth FEB = YearMonth.of(2007, 2);
  private static final YearMonth MAR = YearMonth.of(2007, 3);

  @TempDir Path dir;

  private static Store iraq() {
    Store store = Store.inMemory();
    TheaterFixtures.importIraq(store, "iraq");
    return store;
  }

  @Test
  void incidentAcrossAMonthEndIsSplitEvenlyByDay() {
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, MAR);
      event(store, id, "iraq", "test", "Basra", "2007-01-30", "2007-02-02", 4);

      Panel p = PanelLoader.load(store, "iraq", Optional.empty()).panel();

      assertThat(p.months()).isEqualTo(MonthRange.of(JAN, MAR));
      assertThat(p.value("deaths_best", BASRA, JAN)).isEqualTo(2.0);
      assertThat(p.value("deaths_best", BASRA, FEB)).isEqualTo(2.0);
      assertThat(p.value("deaths_low", BASRA, JAN)).isEqualTo(1.0);
      assertThat(p.value("deaths_high", BASRA, FEB)).isEqualTo(4.0);
      assertThat(p.value("events", BASRA, JAN)).isEqualTo(0.5);
      assertThat(p.value("events", BASRA, FEB)).isEqualTo(0.5);
      assertThat(p.value("deaths_best", BASRA, MAR)).isEqualTo(0.0);
    }
  }

  @Test
  void longIncidentIsSpreadOverEveryMonthItTouchesByDays() {
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, MAR);
      // 20 Jan .. 10 Mar 2007: 12 days in January, 28 in February, 10 in March = 50 days.
      event(store, id, "iraq", "test", "Anbar", "2007-01-20", "2007-03-10", 100);

      Panel p = PanelLoader.load(store, "iraq", Optional.empty()).panel();

      assertThat(p.value("deaths_best", ANBAR, JAN)).isCloseTo(24.0, within(1e-12));
      assertThat(p.value("deaths_best", ANBAR, FEB)).isCloseTo(56.0, within(1e-12));
      assertThat(p.value("deaths_best", ANBAR, MAR)).isCloseTo(20.0, within(1e-12));
      assertThat(p.value("events", ANBAR, FEB)).isCloseTo(0.56, within(1e-12));
    }
  }

  @Test
  void nationalTotalsIncludeIncidentsWithNoRegion() {
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, JAN);
      event(store, id, "iraq", "test", "Basra", "2007-01-05", "2007-01-05", 3);
      event(store, id, "iraq", "test", "Anbar", "2007-01-06", "2007-01-06", 5);
      event(store, id, "iraq", "test", null, "2007-01-07", "2007-01-07", 7);

      Panel p = PanelLoader.load(store, "iraq", Optional.empty()).panel();

      double regionalSum = 0;
      for (double[] row : p.values("deaths_best")) {
        regionalSum += row[0];
      }
      assertThat(regionalSum).isEqualTo(8.0);
      assertThat(p.value("national_deaths_best", BASRA, JAN)).isEqualTo(15.0);
      assertThat(p.value("national_deaths_best", ANBAR, JAN)).isEqualTo(15.0);
      assertThat(p.value("national_events", ANBAR, JAN)).isEqualTo(3.0);
      assertThat(p.value("national_deaths_low", ANBAR, JAN)).isEqualTo(7.5);
    }
  }

  @Test
  void coveredMonthsWithoutIncidentsAreZeroAndUncoveredMonthsAreNaN() {
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, FEB);
      event(store, id, "iraq", "test", "Basra", "2007-01-05", "2007-01-05", 3);
      MonthRange range = MonthRange.of(YearMonth.of(2006, 12), MAR);

      Panel p = PanelLoader.load(store, "iraq", Optional.of(range)).panel();

      assertThat(p.values("deaths_best")[p.theater().indexOf(BASRA)])
          .containsExactly(Double.NaN, 3.0, 0.0, Double.NaN);
      assertThat(p.values("deaths_best")[p.theater().indexOf(ANBAR)])
          .containsExactly(Double.NaN, 0.0, 0.0, Double.NaN);
      assertThat(p.values("national_events")[0]).containsExactly(Double.NaN, 1.0, 0.0, Double.NaN);
    }
  }

  @Test
  void withoutEventImportsEventVariablesAreNaN() {
    Path m =
        TheaterFixtures.write(
            dir, "m.csv", "month,region,measure,value\n2007-01,Basra,advisers,10\n");
    try (Store store = iraq()) {
      MeasurementImporter.importFile(store, m, MeasurementImporter.Options.defaults("iraq"));

      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());

      assertThat(loaded.panel().value("deaths_best", BASRA, JAN)).isNaN();
      assertThat(loaded.notes().get(PanelLoader.NOTE_COVERAGE)).contains("no event imports");
    }
  }

  @Test
  void measurementsGiveTotalsBreakdownsAndNationalSeriesWithoutInterpolation() {
    Path m =
        TheaterFixtures.write(
            dir,
            "m.csv",
            """
        month,region,measure,value,nation,role
        2007-01,Basra,foreign_troops,4000,UK,combat
        2007-01,Basra,foreign_troops,500,UK,advise
        2007-01,Basra,foreign_troops,300,DK,combat
        2007-03,Basra,foreign_troops,2000,UK,advise
        2007-01,national,foreign_troops,150000,US,
        2007-01,Anbar,advisers,12,,
        """);
    try (Store store = iraq()) {
      MeasurementImporter.importFile(store, m, MeasurementImporter.Options.defaults("iraq"));

      Panel p = PanelLoader.load(store, "iraq", Optional.empty()).panel();

      assertThat(p.months()).isEqualTo(MonthRange.of(JAN, MAR));
      int basra = p.theater().indexOf(BASRA);
      assertThat(p.values("foreign_troops")[basra]).containsExactly(4800.0, Double.NaN, 2000.0);
      assertThat(p.values("foreign_troops.nation.UK")[basra])
          .containsExactly(4500.0, Double.NaN, 2000.0);
      assertThat(p.values("foreign_troops.nation.DK")[basra])
          .containsExactly(300.0, Double.NaN, Double.NaN);
      assertThat(p.values("foreign_troops.role.combat")[basra])
          .containsExactly(4300.0, Double.NaN, Double.NaN);
      assertThat(p.values("foreign_troops.role.advise")[basra])
          .containsExactly(500.0, Double.NaN, 2000.0);
      assertThat(p.values("foreign_troops")[p.theater().indexOf(ANBAR)]).containsOnly(Double.NaN);
      assertThat(p.values("national_foreign_troops")[basra])
          .containsExactly(150000.0, Double.NaN, Double.NaN);
      assertThat(p.values("national_foreign_troops.nation.US")[p.theater().indexOf(ANBAR)])
          .containsExactly(150000.0, Double.NaN, Double.NaN);
      assertThat(p.names())
          .doesNotContain("national_foreign_troops.role.null", "advisers.nation.null");
      assertThat(p.value("advisers", ANBAR, JAN)).isEqualTo(12.0);
      assertThat(p.variable("foreign_troops").orElseThrow().description())
          .contains("m.csv")
          .contains("no interpolation");
    }
  }

  @Test
  void illustrativeFlagFollowsTheRowsFeedingEachVariable() {
    Path real =
        TheaterFixtures.write(
            dir,
            "real.csv",
            "month,region,measure,value\n2007-01,national,local_force_personnel,300000\n");
    Path split =
        TheaterFixtures.write(
            dir,
            "split.csv",
            "month,region,measure,value\n2007-01,Basra,local_force_personnel,23000\n");
    try (Store store = iraq()) {
      MeasurementImporter.importFile(store, real, MeasurementImporter.Options.defaults("iraq"));
      MeasurementImporter.importFile(
          store, split, MeasurementImporter.Options.defaults("iraq").illustrative(true));

      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());

      assertThat(loaded.panel().variable("local_force_personnel").orElseThrow().illustrative())
          .isTrue();
      assertThat(loaded.panel().variable("local_force_personnel").orElseThrow().description())
          .startsWith("ILLUSTRATIVE");
      assertThat(
              loaded
                  .panel()
                  .variable("national_local_force_personnel")
                  .orElseThrow()
                  .illustrative())
          .isFalse();
      assertThat(loaded.illustrativeVariables()).containsExactly("local_force_personnel");
      assertThat(loaded.provenance().illustrative()).containsExactly("local_force_personnel");
    }
  }

  @Test
  void attributesInputsAndNotesComeWithThePanel() {
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, JAN);
      event(store, id, "iraq", "test", "Basra", "2007-01-05", "2007-01-05", 3);

      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());

      assertThat(loaded.panel().value("population", BASRA, JAN)).isEqualTo(2468328.0);
      assertThat(loaded.panel().value("area_km2", BASRA, JAN)).isBetween(17_000.0, 21_000.0);
      assertThat(loaded.inputs())
          .extracting(r -> r.role() + ":" + r.name())
          .containsExactly(
              "csv:e.csv",
              "neighbours:iraq-adjacency.csv",
              "population:iraq-population.csv",
              "regions:iraq-governorates.geojson");
      assertThat(loaded.notes())
          .containsKeys(
              PanelLoader.NOTE_APPORTIONMENT,
              PanelLoader.NOTE_COVERAGE,
              PanelLoader.NOTE_NATIONAL,
              PanelLoader.NOTE_MEASUREMENTS);
      assertThat(loaded.notes().get(PanelLoader.NOTE_COVERAGE)).contains("2007-01..2007-01");
      assertThat(loaded.provenance().notes().get("apportionment")).contains("evenly by day");
    }
  }

  @Test
  void severalSourcesGetPerSourceVariablesWithTheirOwnCoverage() {
    try (Store store = iraq()) {
      long ibc = eventImport(store, "iraq", "ibc.csv", JAN, MAR);
      long ucdp = eventImport(store, "iraq", "ged.csv", FEB, MAR);
      event(store, ibc, "iraq", "ibc", "Basra", "2007-01-05", "2007-01-05", 3);
      event(store, ucdp, "iraq", "ucdp-ged", "Basra", "2007-02-05", "2007-02-05", 4);

      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());
      Panel p = loaded.panel();

      int basra = p.theater().indexOf(BASRA);
      assertThat(p.values("deaths_best")[basra]).containsExactly(3.0, 4.0, 0.0);
      assertThat(p.values("ibc.deaths_best")[basra]).containsExactly(3.0, 0.0, 0.0);
      assertThat(p.values("ucdp_ged.deaths_best")[basra]).containsExactly(Double.NaN, 4.0, 0.0);
      assertThat(p.values("ucdp_ged.national_deaths_best")[basra])
          .containsExactly(Double.NaN, 4.0, 0.0);
      assertThat(loaded.notes().get(PanelLoader.NOTE_SOURCES)).contains("ibc, ucdp-ged");
    }
  }

  @Test
  void eventsNamingRegionsOutsideTheTheaterCountNationallyAndAreReported() {
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, JAN);
      event(store, id, "iraq", "test", "Atlantis", "2007-01-05", "2007-01-05", 3);

      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());

      assertThat(loaded.panel().value("national_deaths_best", BASRA, JAN)).isEqualTo(3.0);
      assertThat(loaded.notes().get(PanelLoader.NOTE_WARNINGS)).contains("Atlantis");
    }
  }

  @Test
  void anAbsurdStoredFatalityFigureStaysInItsOwnRegionMonth() {
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, FEB);
      event(store, id, "iraq", "test", "Basra", "2007-01-05", "2007-01-05", 3);
      event(store, id, "iraq", "test", "Anbar", "2007-02-06", "2007-02-06", 5);
      // Written straight into the table, as a store from before the import's range check may hold
      // them: one figure beyond DECIMAL(38, 18), and twelve that only overflow together.
      event(store, id, "iraq", "test", "Anbar", "2007-01-06", "2007-01-06", 1e20);
      for (int i = 0; i < 12; i++) {
        event(store, id, "iraq", "test", null, "2007-02-07", "2007-02-07", 1e19);
      }

      Panel p = PanelLoader.load(store, "iraq", Optional.empty()).panel();

      assertThat(p.value("deaths_best", ANBAR, JAN)).isEqualTo(1e20);
      assertThat(p.value("deaths_high", ANBAR, JAN)).isEqualTo(2e20);
      assertThat(p.value("deaths_best", BASRA, JAN)).isEqualTo(3.0);
      assertThat(p.value("deaths_best", ANBAR, FEB)).isEqualTo(5.0);
      assertThat(p.value("events", ANBAR, JAN)).isEqualTo(1.0);
      assertThat(p.values("national_deaths_best")[0]).containsExactly(1e20 + 3, 12 * 1e19 + 5);
    }
  }

  @Test
  void anAbsurdStoredMeasurementStaysInItsOwnRegionMonth() {
    Path m =
        TheaterFixtures.write(
            dir,
            "m.csv",
            """
        month,region,measure,value
        2007-01,Basra,advisers,12
        2007-01,Anbar,advisers,7
        """);
    try (Store store = iraq()) {
      MeasurementImporter.importFile(store, m, MeasurementImporter.Options.defaults("iraq"));
      store.inTransaction(
          c -> {
            try (var st = c.createStatement()) {
              st.executeUpdate("UPDATE measurements SET value = 1e25 WHERE region = 'Anbar'");
            }
            return null;
          });

      Panel p = PanelLoader.load(store, "iraq", Optional.empty()).panel();

      assertThat(p.value("advisers", ANBAR, JAN)).isEqualTo(1e25);
      assertThat(p.value("advisers", BASRA, JAN)).isEqualTo(12.0);
    }
  }

  @Test
  void aStoredMeasurementUnderAnEventNameIsLeftOutAndNamed() {
    Path m =
        TheaterFixtures.write(
            dir,
            "m.csv",
            """
        month,region,measure,value
        2007-01,Basra,advisers,12
        2007-01,Anbar,advisers,7
        """);
    try (Store store = iraq()) {
      long id = eventImport(store, "iraq", "e.csv", JAN, JAN);
      event(store, id, "iraq", "test", "Basra", "2007-01-05", "2007-01-05", 3);
      MeasurementImporter.importFile(store, m, MeasurementImporter.Options.defaults("iraq"));
      // As a store from before imports refused the panel's own names may hold it.
      store.inTransaction(
          c -> {
            try (var st = c.createStatement()) {
              st.executeUpdate(
                  "UPDATE measurements SET measure = 'deaths_best' WHERE region = 'Anbar'");
            }
            return null;
          });

      LoadedPanel loaded = PanelLoader.load(store, "iraq", Optional.empty());

      assertThat(loaded.panel().value("deaths_best", BASRA, JAN)).isEqualTo(3.0);
      assertThat(loaded.panel().value("deaths_best", ANBAR, JAN)).isEqualTo(0.0);
      assertThat(loaded.panel().value("advisers", BASRA, JAN)).isEqualTo(12.0);
      assertThat(loaded.notes().get(PanelLoader.NOTE_WARNINGS))
          .contains("measurement deaths_best (from m.csv) is left out")
          .contains("DELETE FROM measurements WHERE theater = 'iraq' AND measure = 'deaths_best'");
    }
  }

  @Test
  void noDataAndNoMonthsIsAClearError() {
    try (Store store = iraq()) {
      assertThatThrownBy(() -> PanelLoader.load(store, "iraq", Optional.empty()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("no events and no measurements");
    }
  }
}
