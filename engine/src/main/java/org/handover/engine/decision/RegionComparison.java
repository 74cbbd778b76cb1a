package org.handover.engine.decision;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.handover.engine.theater.RegionId;

/**
 * One region's decision to a stage against the recommendations ({@link DecisionComparison} defines
 * the terms).
 *
 * @param entry the ledger entry of the decision
 * @param effective the month the decision took effect
 * @param firstRecommended the first month the region was recommended for the stage, empty if never
 * @param lead months from {@code firstRecommended} to {@code effective}: positive when recommended
 *     before decided, negative when decided first; empty if never recommended
 * @param recommendedAtDecision whether the region was recommended for the stage in {@code
 *     effective}
 * @param reversals times the recommendation dropped below the stage before {@code effective}
 */
public record RegionComparison(
    RegionId region,
    String entry,
    String stage,
    YearMonth effective,
    Optional<YearMonth> firstRecommended,
    OptionalInt lead,
    boolean recommendedAtDecision,
    int reversals) {}
