package org.handover.io.imports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.handover.engine.theater.RegionId;
import org.junit.jupiter.api.Test;

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
}
