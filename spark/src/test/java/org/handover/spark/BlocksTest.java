package org.handover.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlocksTest {
  /** A row of regions 0-1-2-...-9, each bordering the next. */
  private static int[][] line(int n) {
    int[][] adj = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> nb = new ArrayList<>();
      if (i > 0) {
        nb.add(i - 1);
      }
      if (i < n - 1) {
        nb.add(i + 1);
      }
      adj[i] = nb.stream().mapToInt(Integer::intValue).toArray();
    }
    return adj;
  }

  @Test
  void everyRegionIsOwnedByExactlyOneBlockInOrder() {
    Blocks b = new Blocks(line(10), 3, 0);
    assertThat(b.count()).isEqualTo(3);
    int[] owned = new int[10];
    for (int block = 0; block < 3; block++) {
      for (int r = b.start(block); r < b.start(block + 1); r++) {
        owned[r]++;
        assertThat(b.owner(r)).isEqualTo(block);
      }
    }
    assertThat(owned).containsOnly(1);
    assertThat(b.start(3)).isEqualTo(10);
  }

  @Test
  void theHaloReachesAsManyNeighbourStepsAsTheIndicatorsNeed() {
    Blocks none = new Blocks(line(10), 2, 0);
    assertThat(none.members(0)).containsExactly(0, 1, 2, 3, 4);
    Blocks one = new Blocks(line(10), 2, 1);
    assertThat(one.members(0)).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(one.members(1)).containsExactly(4, 5, 6, 7, 8, 9);
    Blocks two = new Blocks(line(10), 2, 2);
    assertThat(two.members(1)).containsExactly(3, 4, 5, 6, 7, 8, 9);
    assertThat(two.haloRegions()).isEqualTo(4);
  }

  @Test
  void moreBlocksThanRegionsGiveOneRegionEach() {
    Blocks b = new Blocks(line(3), 8, 1);
    assertThat(b.count()).isEqualTo(3);
    assertThat(b.members(1)).containsExactly(0, 1, 2);
  }
}
