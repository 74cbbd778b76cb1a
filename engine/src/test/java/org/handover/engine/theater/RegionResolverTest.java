package org.handover.engine.theater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionResolverTest {
  private final List<RegionId> iraq =
      List.of(
          RegionId.of("Anbar"),
          RegionId.of("Dhi Qar"),
          RegionId.of("Erbil"),
          RegionId.of("Salah ad Din"),
          RegionId.of("Qadisiyah"));
  private final RegionResolver resolver =
      RegionResolver.of(
          iraq,
          Map.of(
              "Arbil",
              RegionId.of("Erbil"),
              "Dhi Quar",
              RegionId.of("Dhi Qar"),
              "Qadisiyyah",
              RegionId.of("Qadisiyah")));

  @Test
  void normalisesCaseAccentsPunctuationAndArticle() {
    assertThat(resolver.resolve("AL-ANBAR")).contains(RegionId.of("Anbar"));
    assertThat(resolver.resolve("Salah ad-Din")).contains(RegionId.of("Salah ad Din"));
    assertThat(resolver.resolve("  dhi  qar ")).contains(RegionId.of("Dhi Qar"));
  }

  @Test
  void followsAliases() {
    assertThat(resolver.resolve("Arbil")).contains(RegionId.of("Erbil"));
    assertThat(resolver.resolve("Dhi Quar")).contains(RegionId.of("Dhi Qar"));
    assertThat(resolver.resolve("Qadisiyyah")).contains(RegionId.of("Qadisiyah"));
  }

  @Test
  void unknownNamesGetTheClosestKnownNames() {
    assertThat(resolver.resolve("Salahuddin")).isEmpty();
    assertThat(resolver.closest("Salahuddin", 2)).first().isEqualTo("Salah ad Din");
    assertThat(resolver.closest("Irbil", 1)).containsExactly("Erbil");
  }

  @Test
  void blankIsUnassignedNotAnError() {
    assertThat(resolver.resolve("")).isEmpty();
    assertThat(resolver.resolve(null)).isEmpty();
  }

  @Test
  void rejectsAliasesToUnknownOrTwoRegions() {
    assertThatThrownBy(() -> RegionResolver.of(iraq, Map.of("Basrah", RegionId.of("Basra"))))
        .hasMessageContaining("unknown region 'Basra'");
    assertThatThrownBy(() -> RegionResolver.of(iraq, Map.of("al anbar", RegionId.of("Erbil"))))
        .hasMessageContaining("ambiguous");
  }
}
