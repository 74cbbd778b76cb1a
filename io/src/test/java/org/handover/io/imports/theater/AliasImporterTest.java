package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handover.io.imports.theater.TheaterFixtures.write;

import java.nio.file.Path;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.ImportReport;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasImporterTest {
  @TempDir Path dir;

  @Test
  void aliasesResolveIbcSpellingsAndBadOnesAreRejected() {
    Path file =
        write(
            dir,
            "aliases.csv",
            """
        alias,region
        Dhi Quar,Dhi Qar
        Qadisiyyah,Qadisiyah
        Arbil,Erbil
        Dahuk,Dohuk
        Basra,Basra
        Najaf,Karbala
        Arbil,Kirkuk
        Mosul,Ninawa Province
        """);
    try (Store store = Store.inMemory()) {
      RegionImporter.importFile(
          store,
          RepoData.path("data/iraq/geo/iraq-governorates.geojson"),
          RegionImporter.Options.defaults("iraq"));
      ImportReport report =
          AliasImporter.importFile(store, file, AliasImporter.Options.defaults("iraq"));

      assertThat(report.rowsImported()).isEqualTo(4);
      assertThat(report.rejections())
          .extracting(r -> r.line() + " " + r.field() + " " + r.reason())
          .satisfiesExactly(
              r -> assertThat(r).startsWith("7 alias ").contains("is the name of region Najaf"),
              r ->
                  assertThat(r).startsWith("8 alias ").contains("already points at Erbil (line 4)"),
              r ->
                  assertThat(r)
                      .startsWith("9 region ")
                      .contains("unknown region 'Ninawa Province'")
                      .contains("Nineveh"));
      assertThat(report.notes())
          .singleElement()
          .asString()
          .contains("line 6")
          .contains("no alias needed");
      RegionResolver resolver = new TheaterReader(store).resolver("iraq");
      assertThat(resolver.resolve("Dhi Quar")).contains(RegionId.of("Dhi Qar"));
      assertThat(resolver.resolve("DAHUK")).contains(RegionId.of("Dohuk"));
      assertThat(resolver.resolve("Arbil")).contains(RegionId.of("Erbil"));
    }
  }

  @Test
  void aliasesSurviveAReimportOfTheRegions() {
    Path file = write(dir, "aliases.csv", "alias,region\nDhi Quar,Dhi Qar\n");
    try (Store store = Store.inMemory()) {
      Path geo = RepoData.path("data/iraq/geo/iraq-governorates.geojson");
      RegionImporter.importFile(store, geo, RegionImporter.Options.defaults("iraq"));
      AliasImporter.importFile(store, file, AliasImporter.Options.defaults("iraq"));
      long fromGeo = store.count("SELECT count(*) FROM region_aliases");
      RegionImporter.importFile(store, geo, RegionImporter.Options.defaults("iraq"));

      assertThat(store.count("SELECT count(*) FROM region_aliases")).isEqualTo(fromGeo);
      assertThat(new TheaterReader(store).resolver("iraq").resolve("Dhi Quar"))
          .contains(RegionId.of("Dhi Qar"));
    }
  }
}
