package org.handover.engine.indicator;

import java.util.function.Supplier;
import org.handover.engine.theater.Theater;

/**
 * The theater's adjacency, built on first use and then kept (most indicator sets never need it).
 */
final class Adjacency implements Supplier<int[][]> {
  private final Theater theater;
  private int[][] adjacency;

  private Adjacency(Theater theater) {
    this.theater = theater;
  }

  static Adjacency of(Theater theater) {
    return new Adjacency(theater);
  }

  @Override
  public int[][] get() {
    if (adjacency == null) {
      adjacency = theater.adjacency();
    }
    return adjacency;
  }
}
