package org.handover.engine.scenario;

/**
 * Local forces grown by foreign trainers: each month a region's trainers and advisers take in
 * {@code trainers x throughput} recruits, who join the trained local forces {@code
 * months_to_readiness} later; trained personnel are lost at {@code monthly_attrition} a month. The
 * pipeline starts full, as if the starting trainers had been at work for a while, so that holding
 * the posture keeps training at the rate it had.
 */
final class TrainingPipeline {
  private TrainingPipeline() {}

  /**
   * Trained local personnel per region and step ({@code [region][step]}).
   *
   * @param start each region's trained local forces before the first step
   * @param throughputFactor per step, the policy's multiplier of every trainer's throughput
   */
  static double[][] run(
      Posture posture, double[] start, double[] throughputFactor, Assumptions.Drawn a) {
    int regions = posture.regionCount();
    int steps = posture.steps();
    int months = Math.max(1, (int) Math.round(a.get(Assumptions.MONTHS_TO_READINESS)));
    double throughput = a.get(Assumptions.THROUGHPUT);
    double attrition = a.get(Assumptions.MONTHLY_ATTRITION);
    double[][] out = new double[regions][steps];
    double[] queue = new double[months];
    for (int r = 0; r < regions; r++) {
      double trained = Double.isNaN(start[r]) ? 0 : start[r];
      double intake0 = steps > 0 ? posture.trainers(0, r) * throughput : 0;
      java.util.Arrays.fill(queue, intake0);
      int head = 0; // queue[head] graduates next
      for (int s = 0; s < steps; s++) {
        double graduates = queue[head];
        queue[head] = posture.trainers(s, r) * throughput * throughputFactor[s];
        head = (head + 1) % months;
        trained = trained * (1 - attrition) + graduates;
        out[r][s] = trained;
      }
    }
    return out;
  }
}
