package org.handover.engine.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a theater's starting posture and local forces are found in its panel, for policy scenarios:
 * which national variables count troops by nation, how long a record stays current, how troops are
 * spread over regions and roles (illustrative: no public series gives them), and which variables
 * the benchmark set reads for local forces, foreign troops and population.
 *
 * @param troopVariables national panel variables with {@code .nation.X} breakdowns: each nation's
 *     troops at the start are its last record in the {@code carryMonths} before
 * @param regionWeights how troops are spread over regions: {@code population}, {@code deaths} (the
 *     12 months before the start) or {@code deaths_and_population} (half each)
 * @param roleShares each role's share of every nation's troops; they sum to 1
 */
public record PostureSetup(
    List<String> troopVariables,
    int carryMonths,
    String regionWeights,
    Map<Role, Double> roleShares,
    Optional<String> localForces,
    Optional<String> foreignTroops,
    Optional<String> population,
    String note) {

  public static final List<String> REGION_WEIGHTS =
      List.of("population", "deaths", "deaths_and_population");

  public PostureSetup {
    troopVariables = List.copyOf(troopVariables);
    roleShares = Map.copyOf(roleShares);
    Objects.requireNonNull(regionWeights, "regionWeights");
    Objects.requireNonNull(note, "note");
    if (!REGION_WEIGHTS.contains(regionWeights)) {
      throw new IllegalArgumentException("region weights: one of " + REGION_WEIGHTS);
    }
  }
}
