package org.handover.app.report.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.handover.engine.benchmark.Stage;
import org.junit.jupiter.api.Test;

class StageStyleTest {
  @Test
  void labelsReadLikeWords() {
    assertThat(StageStyle.label(new Stage("FOREIGN_LEAD", "", List.of())))
        .isEqualTo("Foreign lead");
    assertThat(StageStyle.label(new Stage("Joint ops", "", List.of()))).isEqualTo("Joint ops");
  }

  @Test
  void coloursAreDistinctAndGetDarkerUpTheLadder() {
    for (int n = 1; n <= 8; n++) {
      List<Stage> stages = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        stages.add(new Stage("S" + i, "", i == 0 ? List.of() : List.of("c")));
      }
      StageStyle style = StageStyle.of(stages);
      assertThat(style.colours())
          .hasSize(n)
          .doesNotHaveDuplicates()
          .allMatch(c -> c.matches("#[0-9a-f]{6}"));
      double previous = Double.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        double l = luminance(style.colour(i));
        assertThat(l).isLessThan(previous);
        previous = l;
      }
    }
    StageStyle five =
        StageStyle.of(
            List.of(
                new Stage("A", "", List.of()),
                new Stage("B", "", List.of()),
                new Stage("C", "", List.of()),
                new Stage("D", "", List.of()),
                new Stage("E", "", List.of())));
    assertThat(five.textColour(0)).isEqualTo("#111111");
    assertThat(five.textColour(4)).isEqualTo("#ffffff");
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * (rgb >> 16) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
  }
}
