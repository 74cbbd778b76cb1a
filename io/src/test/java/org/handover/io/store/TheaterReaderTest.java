package org.handover.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.io.imports.theater.AliasImporter;
import org.handover.io.imports.theater.TheaterFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheaterReaderTest {
  @Test
  void loadsTheBuiltInIraqTheater() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      Theater iraq = new TheaterReader(store).theater("iraq");

      assertThat(iraq.name()).isEqualTo("iraq");
      assertThat(iraq.regions())
          .extracting(Region::name)
          .startsWith("Anbar", "Babil", "Baghdad")
          .hasSize(18);
      Region basra = iraq.find(RegionId.of("Basra")).orElseThrow();
      assertThat(basra.population()).isEqualTo(2468328);
      assertThat(basra.code()).contains("IQ-BA");
      int[] basraNeighbours = iraq.adjacency()[iraq.indexOf(RegionId.of("Basra"))];
      assertThat(Arrays.stream(basraNeighbours).mapToObj(i -> iraq.regions().get(i).name()))
          .containsExactly("Dhi Qar", "Maysan", "Muthanna");
      assertThat(iraq.neighbours())
          .filteredOn(n -> n.touches(RegionId.of("Basra")))
          .extracting(n -> n.sharedBorderKm())
          .containsExactly(119.9, 59.9, 164.9);
    }
  }

  @Test
  void unknownTheaterNamesTheKnownOnes() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      assertThatThrownBy(() -> new TheaterReader(store).theater("afghanistan"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("(theaters: iraq)");
    }
  }

  @Test
  void resolvesNamesThroughTheStoredAliases(@TempDir Path dir) {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      AliasImporter.importFile(
          store,
          TheaterFixtures.write(dir, "aliases.csv", "alias,region\nDhi Quar,Dhi Qar\n"),
          AliasImporter.Options.defaults("iraq"));
      TheaterReader reader = new TheaterReader(store);
      assertThat(reader.aliases("iraq")).containsEntry("dhi quar", RegionId.of("Dhi Qar"));
      assertThat(List.copyOf(reader.aliases("iraq").keySet())).isSorted();
      assertThat(reader.resolver("iraq").resolve("dhi quar")).contains(RegionId.of("Dhi Qar"));
      assertThat(reader.resolver("iraq").closest("Basrah", 1)).containsExactly("Basra");
    }
  }

  @Test
  void settingsAreTyped() {
    try (Store store = Store.inMemory()) {
      TheaterReader reader = new TheaterReader(store);
      assertThat(reader.benchmarkSet("iraq")).isEmpty();
      assertThat(reader.forecastFitFrom("iraq")).isEmpty();
      store.putSetting("iraq", TheaterSetting.BENCHMARK_SET, "/data/iraq/benchmarks.yaml");
      store.putSetting("iraq", TheaterSetting.FORECAST_FIT_FROM, "2004-01");
      assertThat(reader.benchmarkSet("iraq")).contains(Path.of("/data/iraq/benchmarks.yaml"));
      assertThat(reader.forecastFitFrom("iraq")).contains(YearMonth.of(2004, 1));
    }
  }

  @Test
  void importRecordsAndTheirRejections(@TempDir Path dir) {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      Path aliases =
          TheaterFixtures.write(
              dir, "aliases.csv", "alias,region\nNowhere,Atlantis\nDhi Quar,Dhi Qar\n");
      AliasImporter.importFile(store, aliases, AliasImporter.Options.defaults("iraq"));
      TheaterReader reader = new TheaterReader(store);
      List<TheaterReader.ImportRecord> imports = reader.imports();
      assertThat(imports)
          .extracting(TheaterReader.ImportRecord::kind)
          .containsExactly("regions", "population", "neighbours", "aliases");
      TheaterReader.ImportRecord last = imports.get(3);
      assertThat(last.fileName()).isEqualTo("aliases.csv");
      assertThat(last.status()).isEqualTo("committed");
      assertThat(last.rowsRejected()).isEqualTo(1);
      assertThat(reader.rejections(last.importId()))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.fileName()).isEqualTo("aliases.csv");
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.value()).isEqualTo("Atlantis");
              });
      assertThat(reader.rejections(imports.get(0).importId())).isEmpty();
    }
  }

  @Test
  void boundariesAreOneFeatureCollectionInRegionOrder() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      String fc = new TheaterReader(store).boundaries("iraq");
      assertThat(fc)
          .startsWith(
              "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                  + "\"properties\":{\"name\":\"Anbar\",\"code\":\"IQ-AN\"}");
      assertThat(new TheaterReader(store).geometries("iraq")).hasSize(18);
    }
  }
}
