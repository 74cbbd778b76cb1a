package org.handover.engine.scenario;

import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.Ledger;
import org.handover.engine.forecast.FittedModel;
import org.handover.engine.panel.Panel;

/**
 * Everything a scenario run starts from, fixed for every policy compared: the data known at the
 * start, the fitted forecast model, the benchmark set and its indicators, the posture and local
 * forces at the start, and the real decisions and national troop records (which only the "as
 * happened" policy reads after the start).
 *
 * @param known the panel up to the month before {@code start}: nothing later
 * @param start the first simulated month
 * @param lookback months of history each path carries (indicator windows and holds)
 * @param indicators adds the benchmark set's indicators to a panel; looks only backwards
 * @param startLocal trained local forces per region before the start (NaN: unknown, taken as 0)
 * @param population residents per region (NaN: unknown)
 * @param ledger the real decisions (before and after the start)
 * @param recordedTroops national troops per nation per step, as recorded (NaN: no record)
 * @param localForcesVariable the panel variable of local forces per region the benchmark set reads,
 *     replaced on every path by the simulated local forces
 * @param foreignTroopsVariable the national panel variable of foreign troops the benchmark set
 *     reads, replaced on every path by the policy's troops of {@code foreignTroopsNations}
 * @param foreignTroopsNations the nations that variable counts
 */
public record ScenarioInputs(
    Panel known,
    String variable,
    YearMonth start,
    int horizon,
    int lookback,
    FittedModel model,
    BenchmarkSet set,
    UnaryOperator<Panel> indicators,
    StartingPosture posture,
    double[] startLocal,
    double[] population,
    Ledger ledger,
    Map<String, double[]> recordedTroops,
    Optional<String> localForcesVariable,
    Optional<String> foreignTroopsVariable,
    java.util.List<String> foreignTroopsNations) {

  public ScenarioInputs {
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(posture, "posture");
    Objects.requireNonNull(ledger, "ledger");
    recordedTroops = Map.copyOf(recordedTroops);
    foreignTroopsNations = java.util.List.copyOf(foreignTroopsNations);
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 month");
    }
    int regions = known.regionCount();
    if (posture.regionCount() != regions
        || startLocal.length != regions
        || population.length != regions) {
      throw new IllegalArgumentException("posture, local forces and population need every region");
    }
    for (double[] series : recordedTroops.values()) {
      if (series.length != horizon) {
        throw new IllegalArgumentException("recorded troops need one value per simulated month");
      }
    }
  }
}
