package org.handover.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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

  /** A grid of cells numbered row by row, each bordering the up to 8 around it (queen). */
  private static int[][] grid(int rows, int cols) {
    int[][] adj = new int[rows * cols][];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        List<Integer> nb = new ArrayList<>();
        for (int dr = -1; dr <= 1; dr++) {
          for (int dc = -1; dc <= 1; dc++) {
            int rr = r + dr;
            int cc = c + dc;
            if ((dr != 0 || dc != 0) && rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
              nb.add(rr * cols + cc);
            }
          }
        }
        adj[r * cols + c] = nb.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    return adj;
  }

  private static void assertEachRegionOwnedOnce(Blocks b, int regions) {
    int[] owned = new int[regions];
    for (int block = 0; block < b.count(); block++) {
      for (int r : b.own(block)) {
        owned[r]++;
        assertThat(b.owner(r)).isEqualTo(block);
      }
    }
    assertThat(owned).containsOnly(1);
  }

  @Test
  void everyRegionIsOwnedByExactlyOneBlock() {
    Blocks b = new Blocks(line(10), 3, 0);
    assertThat(b.count()).isEqualTo(3);
    assertEachRegionOwnedOnce(b, 10);
    // a line is cut into runs from one end
    assertThat(b.own(0)).containsExactly(0, 1, 2);
    assertThat(b.own(1)).containsExactly(3, 4, 5);
    assertThat(b.own(2)).containsExactly(6, 7, 8, 9);
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

  @Test
  void aGridIsCutIntoTilesWhoseHaloIsFarSmallerThanStripsOfRows() {
    int rows = 40;
    int cols = 60;
    int[][] adj = grid(rows, cols);
    Blocks tiles = new Blocks(adj, 16, 1);
    assertEachRegionOwnedOnce(tiles, rows * cols);
    // strips of 150 consecutive cells (2.5 rows) copy the rows above and below them
    long strips = 0;
    for (int b = 0; b < 16; b++) {
      int from = b * rows * cols / 16;
      int to = (b + 1) * rows * cols / 16;
      boolean[] halo = new boolean[rows * cols];
      for (int r = from; r < to; r++) {
        for (int n : adj[r]) {
          if (n < from || n >= to) {
            halo[n] = true;
          }
        }
      }
      for (boolean h : halo) {
        strips += h ? 1 : 0;
      }
    }
    assertThat(strips).isGreaterThan(1700);
    // tiles of 150 cells (about 12 x 12) have a border of about 54 cells, less at the grid's edges
    assertThat(tiles.haloRegions()).isLessThan(strips * 55 / 100).isLessThan(16 * 60);
    for (int b = 0; b < 16; b++) {
      assertThat(tiles.own(b).length).isEqualTo(150);
    }
  }

  @Test
  void regionsWithNoPathBetweenThemAreAllOwned() {
    // two islands and three regions without neighbours
    int[][] a = grid(5, 5);
    int[][] adj = new int[25 + 9 + 3][];
    for (int i = 0; i < 25; i++) {
      adj[i] = a[i];
    }
    int[][] small = grid(3, 3);
    for (int i = 0; i < 9; i++) {
      adj[25 + i] = Arrays.stream(small[i]).map(x -> x + 25).toArray();
    }
    for (int i = 34; i < 37; i++) {
      adj[i] = new int[0];
    }
    for (int count : new int[] {1, 2, 5, 7, 37}) {
      Blocks b = new Blocks(adj, count, 1);
      assertEachRegionOwnedOnce(b, adj.length);
    }
  }

  @Test
  void theCutDependsOnTheNeighboursNotOnTheOrderTheyAreListedIn() {
    int[][] adj = grid(12, 17);
    int[][] shuffled = new int[adj.length][];
    Random random = new Random(7);
    for (int i = 0; i < adj.length; i++) {
      List<Integer> nb = new ArrayList<>();
      for (int n : adj[i]) {
        nb.add(n);
        nb.add(n); // listed twice, as a neighbours table may hold a pair both ways
      }
      Collections.shuffle(nb, random);
      shuffled[i] = nb.stream().mapToInt(Integer::intValue).toArray();
    }
    Blocks a = new Blocks(adj, 9, 2);
    Blocks b = new Blocks(shuffled, 9, 2);
    for (int block = 0; block < 9; block++) {
      assertThat(b.own(block)).containsExactly(a.own(block));
      assertThat(b.members(block)).containsExactly(a.members(block));
    }
  }
}
