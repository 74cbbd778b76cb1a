package org.handover.io.imports.measurements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.nio.file.Path;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.theater.RegionImporter;
import org.handover.io.imports.theater.RepoData;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementImporterTest {
  @TempDir Path dir;

  private static Store iraq() {
    Store store = Store.inMemory();
    RegionImporter.importFile(
        store,
        RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
        RegionImporter.Options.defaults("iraq"));
    return store;
  }

  @Test
  void importsRegionalAndNationalValuesByNationAndRole() {
    Path file =
        write(
            dir,
            "m.csv",
            """
        month,region,measure,value,nation,role,note
        2007-06,Basra,local_force_personnel,25000,,,police and army
        2007-06-15,Al-Basrah,trained_share,0.6,,,
        2007-06,national,foreign_troops,150000,US,,
        2007-06,,foreign_troops,5500,UK,combat,
        2007-07,Basra,foreign_troops,4000,UK,combat,
        2007-07,Basra,foreign_troops,500,UK,advise,
        """);
    try (Store store = iraq()) {
      ImportReport report =
          MeasurementImporter.importFile(store, file, MeasurementImporter.Options.defaults("iraq"));

      assertThat(report.rejections()).isEmpty();
      assertThat(report.rowsImported()).isEqualTo(6);
      assertThat(
              store.strings(
                  """
          SELECT strftime(month, '%Y-%m') || ' ' || coalesce(region, 'NATIONAL') || ' ' || measure || ' ' || value || ' '
                 || coalesce(nation, '-') || ' ' || coalesce(role, '-') || ' ' || illustrative
          FROM measurements ORDER BY month, measure, region NULLS FIRST, nation, role"""))
          .containsExactly(
              "2007-06 NATIONAL foreign_troops 5500.0 UK combat false",
              "2007-06 NATIONAL foreign_troops 150000.0 US - false",
              "2007-06 Basra local_force_personnel 25000.0 - - false",
              "2007-06 Basra trained_share 0.6 - - false",
              "2007-07 Basra foreign_troops 500.0 UK advise false",
              "2007-07 Basra foreign_troops 4000.0 UK combat false");
      assertThat(
              store.strings(
                  "SELECT note FROM measurements WHERE measure = 'local_force_personnel'"))
          .containsExactly("police and army");
    }
  }

  @Test
  void everyBadRowIsRejectedNamingLineAndField() {
    Path file =
        write(
            dir,
            "m.csv",
            """
        month,region,measure,value,nation,role,illustrative
        2007-13,Basra,advisers,10,,,
        June 2007,Basra,advisers,10,,,
        2007-06,Basra,advisers,ten,,,
        2007-06,Basra,advisers,,,,
        2007-06,Bashra,advisers,10,,,
        2007-06,Basra,Advisers Count,10,,,
        2007-06,Basra,advisers,10,U.S.,,
        2007-06,Basra,advisers,10,,,maybe
        2007-06,Basra,advisers,10,,,
        2007-06,Basra,advisers,12,,,
        2007-06,Basra,advisers,NaN,,,
        """);
    try (Store store = iraq()) {
      ImportReport report =
          MeasurementImporter.importFile(store, file, MeasurementImporter.Options.defaults("iraq"));

      assertThat(report.rejections())
          .extracting(r -> r.line() + " " + r.field() + " " + r.value())
          .containsExactly(
              "2 month 2007-13",
              "3 month June 2007",
              "4 value ten",
              "5 value ",
              "6 region Bashra",
              "7 measure Advisers Count",
              "8 nation U.S.",
              "9 illustrative maybe",
              "11 measure advisers",
              "12 value NaN");
      assertThat(report.rejections().get(4).reason()).contains("closest: Basra");
      assertThat(report.unknownRegions()).containsKey("Bashra");
      assertThat(report.rejections().get(8).reason()).contains("already given on line 10");
      assertThat(report.rowsImported()).isEqualTo(1);
      assertThat(store.count("SELECT count(*) FROM rejections")).isEqualTo(10);
    }
  }

  @Test
  void namesThePanelAlreadyUsesAndImplausibleValuesAreRejected() {
    Path file =
        write(
            dir,
            "m.csv",
            """
        month,region,measure,value
        2007-06,Basra,deaths_best,10
        2007-06,national,events,3
        2007-06,Basra,national_deaths_high,1
        2007-06,Basra,population,2000000
        2007-06,Basra,area_km2,19070
        2007-06,Basra,advisers,1e16
        2007-06,Basra,advisers,-2e15
        2007-06,Basra,advisers,Infinity
        2007-06,Basra,budget,1e15
        2007-06,Basra,deaths_best_share,0.5
        """);
    try (Store store = iraq()) {
      ImportReport report =
          MeasurementImporter.importFile(store, file, MeasurementImporter.Options.defaults("iraq"));

      assertThat(report.rejections())
          .extracting(r -> r.file() + ":" + r.line() + " " + r.field() + " " + r.value())
          .containsExactly(
              "m.csv:2 measure deaths_best",
              "m.csv:3 measure events",
              "m.csv:4 measure national_deaths_high",
              "m.csv:5 measure population",
              "m.csv:6 measure area_km2",
              "m.csv:7 value 1e16",
              "m.csv:8 value -2e15",
              "m.csv:9 value Infinity");
      assertThat(report.rejections().get(0).reason())
          .startsWith("measure name 'deaths_best' is reserved: the panel already has a variable")
          .contains("reserved: area_km2, deaths_best, deaths_high, deaths_low, events, national_");
      assertThat(report.rejections().get(5).reason()).contains("-1e15 .. 1e15");
      // Java would read "Infinity" as a number; the strict reading does not
      assertThat(report.rejections().get(7).reason()).startsWith("value is not a number (");
      assertThat(store.strings("SELECT measure FROM measurements ORDER BY measure"))
          .containsExactly("budget", "deaths_best_share");
    }
  }

  @Test
  void strictFailsAndWritesNothing() {
    Path file =
        write(
            dir,
            "m.csv",
            "month,region,measure,value\n2007-06,Basra,advisers,10\n2007-06,Basra,advisers,11\n");
    try (Store store = iraq()) {
      assertThatThrownBy(
              () ->
                  MeasurementImporter.importFile(
                      store, file, MeasurementImporter.Options.defaults("iraq").strict(true)))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("m.csv:3");
      assertThat(store.count("SELECT count(*) FROM measurements")).isZero();
      assertThat(store.strings("SELECT status FROM imports WHERE kind = 'measurements'"))
          .containsExactly("failed");
    }
  }

  @Test
  void illustrativeFlagComesFromTheFileOptionOrTheColumnAndCannotBeRemovedByTheColumn() {
    Path file =
        write(
            dir,
            "m.csv",
            """
        month,region,measure,value,illustrative
        2007-06,Basra,governance,1,false
        2007-06,Anbar,governance,0,true
        2007-06,Najaf,governance,1,
        """);
    try (Store store = iraq()) {
      MeasurementImporter.importFile(store, file, MeasurementImporter.Options.defaults("iraq"));
      assertThat(
              store.strings("SELECT region FROM measurements WHERE illustrative ORDER BY region"))
          .containsExactly("Anbar");

      MeasurementImporter.importFile(
          store, file, MeasurementImporter.Options.defaults("iraq").illustrative(true));
      assertThat(store.count("SELECT count(*) FROM measurements WHERE NOT illustrative")).isZero();
    }
  }

  @Test
  void reimportReplacesValuesWithTheSameKeyInsteadOfAddingThem() {
    Path first =
        write(
            dir,
            "a.csv",
            "month,region,measure,value\n2007-06,Basra,advisers,10\n2007-07,Basra,advisers,20\n");
    Path second =
        write(
            dir,
            "b.csv",
            "month,region,measure,value\n2007-07,Basra,advisers,25\n2007-08,Basra,advisers,30\n");
    try (Store store = iraq()) {
      MeasurementImporter.importFile(store, first, MeasurementImporter.Options.defaults("iraq"));
      ImportReport report =
          MeasurementImporter.importFile(
              store, second, MeasurementImporter.Options.defaults("iraq"));

      assertThat(
              store.strings(
                  "SELECT strftime(month, '%Y-%m') || '=' || value FROM measurements ORDER BY month"))
          .containsExactly("2007-06=10.0", "2007-07=25.0", "2007-08=30.0");
      assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("replaced 1 value(s)"));
    }
  }

  @Test
  void nationalValuesNeedNoRegions() {
    Path file =
        write(
            dir,
            "m.csv",
            "month,region,measure,value,nation\n2007-06,,foreign_troops,150000,US\n2007-06,Basra,x,1,\n");
    try (Store store = Store.inMemory()) {
      ImportReport report =
          MeasurementImporter.importFile(
              store, file, MeasurementImporter.Options.defaults("nowhere"));
      assertThat(report.rowsImported()).isEqualTo(1);
      assertThat(report.rejections())
          .singleElement()
          .satisfies(r -> assertThat(r.reason()).contains("has no regions yet"));
    }
  }
}
