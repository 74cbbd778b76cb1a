package org.handover.engine.scenario;

/**
 * What one sample path of one policy produced.
 *
 * @param deaths national deaths per step (regions without a forecast left out)
 * @param regionDeaths {@code [region][step]} deaths (NaN: no forecast for the region)
 * @param status {@code [region][step]} decided stage rank, -1 undecided
 * @param transferredAt per region, the step it was transferred in the run, -1 if not
 * @param transferredTo per region, the stage rank it was transferred to, -1 if not
 * @param relapsed per region: transferred (before or in the run) and then recommended to step back
 * @param troopMonthsByRole per role, troop-months over the run
 * @param troopMonthsByNation per nation (the outcome's order), troop-months over the run
 * @param troopsByRole theater total per step and role ({@code [step][role]})
 * @param foreignTroops theater total per step
 * @param localForces trained local forces, theater total per step
 * @param iterations rounds until the path's decisions no longer changed
 */
record PathResult(
    double[] deaths,
    double[][] regionDeaths,
    int[][] status,
    int[] transferredAt,
    int[] transferredTo,
    boolean[] relapsed,
    double[] troopMonthsByRole,
    double[] troopMonthsByNation,
    double[][] troopsByRole,
    double[] foreignTroops,
    double[] localForces,
    int iterations) {

  double totalDeaths() {
    double s = 0;
    for (double d : deaths) {
      s += d;
    }
    return s;
  }

  int relapses() {
    int n = 0;
    for (boolean b : relapsed) {
      n += b ? 1 : 0;
    }
    return n;
  }
}
