package org.handover.spark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Regions cut into blocks of consecutive indices in the theater's order (names sorted, so a grid
 * numbered row by row keeps its rows together), each with its halo: the regions within {@code hops}
 * neighbour steps of the block that it does not own. A block owns its regions' results; its halo
 * only feeds their neighbour indicators.
 */
final class Blocks {
  private final int regions;
  private final int count;
  private final int[][] adjacency;
  private final int hops;

  /**
   * @param adjacency each region's neighbours (indices)
   * @param count blocks wanted; fewer when there are fewer regions
   */
  Blocks(int[][] adjacency, int count, int hops) {
    this.regions = adjacency.length;
    this.count = Math.max(1, Math.min(count, regions));
    this.adjacency = adjacency;
    this.hops = hops;
  }

  int count() {
    return count;
  }

  /** The first region of block {@code b}; {@code start(count())} is the number of regions. */
  int start(int b) {
    return (int) ((long) b * regions / count);
  }

  /** The block that owns region {@code r}. */
  int owner(int r) {
    int b = (int) ((long) r * count / regions);
    while (start(b + 1) <= r) {
      b++;
    }
    while (start(b) > r) {
      b--;
    }
    return b;
  }

  /** Block {@code b}'s own regions and its halo, ascending. */
  int[] members(int b) {
    BitSet in = new BitSet(regions);
    in.set(start(b), start(b + 1));
    BitSet frontier = (BitSet) in.clone();
    for (int h = 0; h < hops && !frontier.isEmpty(); h++) {
      BitSet next = new BitSet(regions);
      for (int r = frontier.nextSetBit(0); r >= 0; r = frontier.nextSetBit(r + 1)) {
        for (int n : adjacency[r]) {
          if (!in.get(n)) {
            next.set(n);
          }
        }
      }
      in.or(next);
      frontier = next;
    }
    return in.stream().toArray();
  }

  /** Every (region, block) pair a block needs: its own regions and its halo. */
  List<int[]> membership() {
    List<int[]> out = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      for (int r : members(b)) {
        out.add(new int[] {r, b});
      }
    }
    return out;
  }

  /** How many region copies the halos add, for the job's summary. */
  long haloRegions() {
    long total = 0;
    for (int b = 0; b < count; b++) {
      total += members(b).length - (start(b + 1) - start(b));
    }
    return total;
  }

  @Override
  public String toString() {
    return count + " blocks of " + regions + " regions, halo of " + hops + " neighbour step(s)";
  }
}
