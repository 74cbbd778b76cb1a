package org.handover.engine.benchmark;

/** How a condition combines its benchmarks' verdicts. */
public sealed interface Combination {
  /** The met weight a condition needs, out of its benchmarks' {@code total} weight. */
  double needed(double total);

  /**
   * What {@code benchmark} counts for towards {@link #needed}: its weight where weights matter,
   * else 1.
   */
  default double weight(Benchmark benchmark) {
    return 1;
  }

  /** Every benchmark must be met. */
  record AllOf() implements Combination {
    @Override
    public double needed(double total) {
      return total;
    }
  }

  /** At least {@code k} of the benchmarks must be met. */
  record KOfN(int k) implements Combination {
    public KOfN {
      if (k < 1) {
        throw new IllegalArgumentException("k-of-n needs k of at least 1, not " + k);
      }
    }

    @Override
    public double needed(double total) {
      return k;
    }
  }

  /** The met benchmarks' weights must add up to at least {@code share} of the total weight. */
  record Weighted(double share) implements Combination {
    public Weighted {
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException(
            "a weighted condition needs a share in (0, 1], not " + share);
      }
    }

    /** The share of the total, less a hair so that a share met exactly is not lost to rounding. */
    @Override
    public double needed(double total) {
      return share * total - 1e-12;
    }

    @Override
    public double weight(Benchmark benchmark) {
      return benchmark.weight();
    }
  }

  static Combination allOf() {
    return new AllOf();
  }

  default String describe(int n) {
    if (this instanceof KOfN k) {
      return k.k() + " of " + n;
    }
    if (this instanceof Weighted w) {
      return "weighted, at least " + Numbers.format(100 * w.share()) + "% of weight";
    }
    return "all of " + n;
  }
}
