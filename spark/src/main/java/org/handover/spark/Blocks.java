package org.handover.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Regions cut into compact blocks, each with its halo: the regions within {@code hops} neighbour
 * steps of the block that it does not own. A block owns its regions' results; its halo only feeds
 * their neighbour indicators, so the halo is work done twice and a block should have as short a
 * border as it can.
 *
 * <p>The cut is a recursive bisection by breadth-first levels: from a region far out in the regions
 * to cut (the last one a breadth-first search reaches, searched from twice), take them in
 * breadth-first order and cut that order where the blocks' shares of the regions say; then cut each
 * part again the same way. Each cut runs along a breadth-first front, across the part's longest
 * extent, so on a grid of cells the blocks come out as tiles rather than strips of rows (on a
 * generated world of 65,000 half-degree cells with queen neighbours, 128 blocks copy 18% of the
 * cells as halo, where strips of consecutive cells copy 95%). Regions with no path between them are
 * taken one group after another. It depends only on the adjacency, so the driver and every executor
 * cut the same blocks.
 */
final class Blocks {
  private final int regions;
  private final int count;
  private final int[][] adjacency;
  private final int hops;

  /** The regions in block order: block b is {@code order[bound[b]] .. order[bound[b + 1] - 1]}. */
  private final int[] order;

  private final int[] bound;
  private final int[] owner;

  /**
   * @param adjacency each region's neighbours (indices)
   * @param count blocks wanted; fewer when there are fewer regions
   */
  Blocks(int[][] adjacency, int count, int hops) {
    this.regions = adjacency.length;
    this.count = Math.max(1, Math.min(count, regions));
    this.adjacency = new int[regions][];
    for (int r = 0; r < regions; r++) {
      // the cut follows the neighbours' order: fix it, whoever built the lists
      this.adjacency[r] = Arrays.stream(adjacency[r]).sorted().distinct().toArray();
    }
    this.hops = hops;
    this.order = new int[regions];
    this.bound = new int[this.count + 1];
    this.owner = new int[regions];
    int[] all = new int[regions];
    Arrays.setAll(all, i -> i);
    new Bisection().cut(all, 0, this.count, 0);
    bound[this.count] = regions;
    for (int b = 0; b < this.count; b++) {
      for (int i = bound[b]; i < bound[b + 1]; i++) {
        owner[order[i]] = b;
      }
    }
  }

  int count() {
    return count;
  }

  /** The block that owns region {@code r}. */
  int owner(int r) {
    return owner[r];
  }

  /** Block {@code b}'s own regions, ascending. */
  int[] own(int b) {
    int[] out = Arrays.copyOfRange(order, bound[b], bound[b + 1]);
    Arrays.sort(out);
    return out;
  }

  /** Block {@code b}'s own regions and its halo, ascending. */
  int[] members(int b) {
    BitSet in = new BitSet(regions);
    for (int i = bound[b]; i < bound[b + 1]; i++) {
      in.set(order[i]);
    }
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
      total += members(b).length - (bound[b + 1] - bound[b]);
    }
    return total;
  }

  @Override
  public String toString() {
    return count + " blocks of " + regions + " regions, halo of " + hops + " neighbour step(s)";
  }

  /** The recursive cut, with marks reused across searches (generations, not fresh arrays). */
  private final class Bisection {
    private final int[] inPart = new int[regions];
    private final int[] taken = new int[regions];
    private final int[] seen = new int[regions];
    private final int[] queue = new int[regions];
    private int part;
    private int search;

    /** Cuts {@code nodes} into blocks {@code first .. first + k - 1}, placed from {@code at}. */
    void cut(int[] nodes, int first, int k, int at) {
      if (k == 1) {
        bound[first] = at;
        System.arraycopy(nodes, 0, order, at, nodes.length);
        return;
      }
      int[] levels = breadthFirst(nodes);
      int left = k / 2;
      int split = (int) ((long) nodes.length * left / k);
      cut(Arrays.copyOfRange(levels, 0, split), first, left, at);
      cut(Arrays.copyOfRange(levels, split, levels.length), first + left, k - left, at + split);
    }

    /**
     * {@code nodes} in breadth-first order within them, each group of connected regions from a
     * region far out in it, groups in the order of their lowest region.
     */
    private int[] breadthFirst(int[] nodes) {
      part++;
      for (int r : nodes) {
        inPart[r] = part;
      }
      int[] out = new int[nodes.length];
      int n = 0;
      for (int s : nodes) {
        if (taken[s] == part) {
          continue;
        }
        int start = farthest(farthest(s));
        int head = n;
        taken[start] = part;
        out[n++] = start;
        for (; head < n; head++) {
          for (int x : adjacency[out[head]]) {
            if (inPart[x] == part && taken[x] != part) {
              taken[x] = part;
              out[n++] = x;
            }
          }
        }
      }
      return out;
    }

    /** The last region a breadth-first search from {@code s} reaches within the part. */
    private int farthest(int s) {
      int mark = ++search;
      int n = 0;
      queue[n++] = s;
      seen[s] = mark;
      for (int head = 0; head < n; head++) {
        for (int x : adjacency[queue[head]]) {
          if (inPart[x] == part && seen[x] != mark) {
            seen[x] = mark;
            queue[n++] = x;
          }
        }
      }
      return queue[n - 1];
    }
  }
}
