package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handover.engine.theater.RegionId;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.manifest.Importers;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationImporterTest {
  @TempDir Path dir;

  @Test
  void importsTheIraqPopulationsWithTheirYear() {
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
          RegionImporter.Options.defaults("iraq"));
      ImportReport report =
          PopulationImporter.importFile(
              store,
              RepoData.path("data/iraq/geo/iraq-population.csv"),
              PopulationImporter.Options.defaults("iraq"));

      assertThat(report.rowsImported()).isEqualTo(18);
      assertThat(report.notes()).isEmpty();
      assertThat(
              new TheaterReader(store)
                  .theater("iraq")
                  .find(RegionId.of("Baghdad"))
                  .orElseThrow()
                  .population())
          .isEqualTo(6878039);
      assertThat(store.count("SELECT sum(population) FROM regions")).isEqualTo(32_489_971L);
      assertThat(store.strings("SELECT DISTINCT CAST(population_year AS VARCHAR) FROM regions"))
          .containsExactly("2010");
    }
  }

  @Test
  void badRowsAreRejectedWithLineFieldAndReasonAndUnknownNamesGetSuggestions() {
    Path file =
        write(
            dir,
            "pop.csv",
            """
        province,people,census
        Baghdad,6878039,2010
        Bagdad,1,2010
        Basra,lots,2010
        Anbar,-5,2010
        Erbil,100,twenty
        Kirkuk,0,2010
        Maysan,3e9,2010
        Baghdad,7000000,2011
        Arbil,1572154,2010
        """);
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
          RegionImporter.Options.defaults("iraq"));
      ImportReport report =
          PopulationImporter.importFile(
              store,
              file,
              PopulationImporter.Options.defaults("iraq")
                  .withColumns("province", "people", "census"));

      assertThat(report.rejections())
          .extracting(r -> r.line() + " " + r.field() + " " + r.value())
          .containsExactly(
              "3 province Bagdad",
              "4 people lots",
              "5 people -5",
              "6 census twenty",
              "7 people 0",
              "8 people 3e9",
              "9 province Baghdad",
              "10 province Arbil");
      assertThat(report.rejections().get(0).reason()).contains("closest: Baghdad");
      assertThat(report.rejections().get(4).reason()).contains("more than 0 and at most 2e9");
      assertThat(report.rejections().get(5).reason()).contains("more than 0 and at most 2e9");
      assertThat(report.rejections().get(6).reason()).contains("first on line 2");
      assertThat(report.rejections().get(1).raw()).isEqualTo("Basra,lots,2010");
      assertThat(report.unknownRegions()).containsKey("Bagdad");
      assertThat(report.rejections().get(7).reason()).contains("closest: Erbil");
      assertThat(report.rowsImported()).isEqualTo(1);
      assertThat(report.notes()).singleElement().asString().contains("17 region(s)");
      assertThat(store.count("SELECT population FROM regions WHERE region = 'Erbil'")).isZero();
    }
  }

  @Test
  void strictFailsOnAnyRejectionAndChangesNothing() {
    Path file = write(dir, "pop.csv", "governorate,population\nBaghdad,6878039\nNowhere,1\n");
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
          RegionImporter.Options.defaults("iraq"));
      assertThatThrownBy(
              () ->
                  PopulationImporter.importFile(
                      store, file, PopulationImporter.Options.defaults("iraq").strict(true)))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("pop.csv:3")
          .satisfies(e -> assertThat(((ImportException) e).rejections()).hasSize(1));
      assertThat(store.count("SELECT count(population) FROM regions")).isZero();
      assertThat(store.strings("SELECT status FROM imports ORDER BY import_id"))
          .containsExactly("committed", "failed");
    }
  }

  @Test
  void anImportWhoseRejectsFileCannotBeWrittenDoesNotLand() throws IOException {
    Path file = write(dir, "pop.csv", "governorate,population\nBaghdad,6878039\nNowhere,1\n");
    // a folder that cannot be made: its parent is a file
    Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
    Path rejects = blocked.resolve("rejects.csv");
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
          RegionImporter.Options.defaults("iraq"));
      assertThatThrownBy(
              () ->
                  Importers.run(
                      store,
                      "iraq",
                      new ImportSpec("population", file, Map.of("rejects", rejects.toString()))))
          .hasMessage("cannot write " + rejects + ": Not a directory");
      assertThat(store.count("SELECT count(population) FROM regions")).isZero();
      assertThat(store.strings("SELECT status FROM imports ORDER BY import_id"))
          .containsExactly("committed");

      // with a writable rejects file the same import lands and writes it
      Path ok = dir.resolve("rejects.csv");
      Importers.run(
          store, "iraq", new ImportSpec("population", file, Map.of("rejects", ok.toString())));
      assertThat(store.count("SELECT count(population) FROM regions")).isEqualTo(1);
      assertThat(ok).content().contains("Nowhere");
    }
  }

  @Test
  void maxRejectedFailsTheImportWhenMoreRowsAreRejectedAndStillWritesTheRejects() {
    Path file =
        write(dir, "pop.csv", "governorate,population\nBaghdad,6878039\nNowhere,1\nBasra,x\n");
    Path rejects = dir.resolve("rejects.csv");
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
          RegionImporter.Options.defaults("iraq"));
      assertThatThrownBy(
              () ->
                  Importers.run(
                      store,
                      "iraq",
                      new ImportSpec(
                          "population",
                          file,
                          Map.of("max_rejected", "50%", "rejects", rejects.toString()))))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining(
              "pop.csv: 2 of 3 rows rejected (66.7%), more than max_rejected = 50% allows;"
                  + " nothing imported. Rejections by cause: 1 population is not a number; 1"
                  + " unknown region '…'");
      assertThat(store.count("SELECT count(population) FROM regions")).isZero();
      assertThat(store.strings("SELECT status FROM imports ORDER BY import_id"))
          .containsExactly("committed", "failed");
      assertThat(rejects).content().contains("Nowhere", "Basra,x");

      ImportReport r =
          Importers.run(
              store, "iraq", new ImportSpec("population", file, Map.of("max_rejected", "0.7")));
      assertThat(r.rowsImported()).isEqualTo(1);
      assertThat(r.rejectedPercent()).isEqualTo("66.7%");
    }
  }

  @Test
  void missingColumnAndMissingRegionsAreClearErrors() {
    Path file = write(dir, "pop.csv", "name,residents\nA,1\n");
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(
              () ->
                  PopulationImporter.importFile(
                      store, file, PopulationImporter.Options.defaults("t")))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("import regions");
      RegionImporter.importFile(
          store,
          write(dir, "r.geojson", TheaterFixtures.collection(TheaterFixtures.square("A", 0, 0, 1))),
          RegionImporter.Options.defaults("t"));
      assertThatThrownBy(
              () ->
                  PopulationImporter.importFile(
                      store, file, PopulationImporter.Options.defaults("t")))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "pop.csv: line 1: no column governorate or region (columns: name, residents)");
    }
  }
}
