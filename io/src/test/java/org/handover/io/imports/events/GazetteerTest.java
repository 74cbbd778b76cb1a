package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.imports.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private final Gazetteer places =
      Gazetteer.of(
          Map.of(
              "Mosul",
              RegionId.of("Nineveh"),
              "Baghdad",
              RegionId.of("Baghdad"),
              "Sadr City",
              RegionId.of("Baghdad"),
              "Sadr",
              RegionId.of("Basra"),
              "Tikrit",
              RegionId.of("Salah ad Din"),
              "al-Fallujah",
              RegionId.of("Anbar"),
              "Hit",
              RegionId.of("Anbar")));

  @Test
  void theLastPlaceNamedWins() {
    assertThat(places.locate("al-Yarmuk, w. Mosul")).contains(RegionId.of("Nineveh"));
    assertThat(places.locate("between Tikrit and Mosul")).contains(RegionId.of("Nineveh"));
  }

  @Test
  void theLongestNameAtAPositionWins() {
    assertThat(places.locate("Sadr City")).contains(RegionId.of("Baghdad"));
    assertThat(places.locate("Sadr")).contains(RegionId.of("Basra"));
  }

  @Test
  void onlyWholeWordsMatchAfterNormalising() {
    assertThat(places.locate("White House")).isEmpty(); // "Hit" is not in "White"
    assertThat(places.locate("near FALLUJAH")).contains(RegionId.of("Anbar"));
    assertThat(places.locate("Mosul's outskirts")).isEmpty(); // "mosuls": no whole-word match
    assertThat(places.locate("")).isEmpty();
    assertThat(places.locate(null)).isEmpty();
  }

  @Test
  void everyUnknownRegionNameIsListedInOneMessage(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("places.csv"),
            "place,province\r\nMosul,Nineveh\r\nErbil,Arbil\nShaqlawa,Arbil\nZakho,Dahuk\n"
                + "Basra,Basra\n");
    RegionResolver regions =
        RegionResolver.of(
            List.of(RegionId.of("Nineveh"), RegionId.of("Erbil"), RegionId.of("Dohuk")), Map.of());
    assertThatThrownBy(() -> Gazetteer.read(file, regions, Map.of()))
        .isInstanceOf(ImportException.class)
        .hasMessageContainingAll(
            "gazetteer places.csv: 3 region names are not a region of the theater or an alias of"
                + " one (add an alias for each):",
            "'Arbil' (line 3, 2 places); closest known: [Erbil",
            "'Dahuk' (line 5, 1 place); closest known: [Dohuk",
            "'Basra' (line 6, 1 place)");
  }
}
