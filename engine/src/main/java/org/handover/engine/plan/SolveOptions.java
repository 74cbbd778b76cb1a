package org.handover.engine.plan;

/**
 * How the solver runs.
 *
 * @param seed CP-SAT's random seed
 * @param workers CP-SAT's workers, interleaved deterministically: the plan does not depend on them
 *     or on the machine's load
 * @param timeLimit the most work, in CP-SAT's deterministic seconds (a machine-independent measure
 *     of work, roughly seconds on one core); a limit in wall-clock seconds would make the plan
 *     depend on the machine's load
 * @param wallLimit 0, or a cap in wall-clock seconds as well: for large problems on a busy machine;
 *     a plan stopped by it may differ from run to run, and says so
 */
public record SolveOptions(long seed, int workers, double timeLimit, double wallLimit) {
  public static final int DEFAULT_WORKERS = 2;
  public static final double DEFAULT_TIME_LIMIT = 10;

  public SolveOptions {
    if (workers < 1 || !(timeLimit > 0) || !(wallLimit >= 0)) {
      throw new IllegalArgumentException("need 1 worker or more and a positive time limit");
    }
  }

  public static SolveOptions of(long seed) {
    return new SolveOptions(seed, DEFAULT_WORKERS, DEFAULT_TIME_LIMIT, 0);
  }
}
