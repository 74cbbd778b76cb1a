package org.handover.io.imports.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;
import org.junit.jupiter.api.Test;

class TheaterLoaderTest {
  @Test
  void loadsTheBuiltInIraqTheater() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      Theater iraq = TheaterLoader.load(store, "iraq");

      assertThat(iraq.name()).isEqualTo("iraq");
      assertThat(iraq.regions()).extracting(Region::name).startsWith("Anbar", "Babil", "Baghdad").hasSize(18);
      Region basra = iraq.find(RegionId.of("Basra")).orElseThrow();
      assertThat(basra.population()).isEqualTo(2468328);
      assertThat(basra.code()).contains("IQ-BA");
      int[] basraNeighbours = iraq.adjacency()[iraq.indexOf(RegionId.of("Basra"))];
      assertThat(java.util.Arrays.stream(basraNeighbours).mapToObj(i -> iraq.regions().get(i).name()))
          .containsExactly("Dhi Qar", "Maysan", "Muthanna");
      assertThat(iraq.neighbours()).filteredOn(n -> n.touches(RegionId.of("Basra")))
          .extracting(n -> n.sharedBorderKm()).containsExactly(119.9, 59.9, 164.9);
    }
  }

  @Test
  void unknownTheaterNamesTheKnownOnes() {
    try (Store store = Store.inMemory()) {
      TheaterFixtures.importIraq(store, "iraq");
      assertThatThrownBy(() -> TheaterLoader.load(store, "afghanistan"))
          .isInstanceOf(StoreException.class).hasMessageContaining("(theaters: iraq)");
    }
  }
}
