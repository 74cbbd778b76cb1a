package org.handover.engine.decision;

import java.time.YearMonth;
import org.handover.engine.benchmark.Stage;

/**
 * The recommendation for one region in one month: enough for a sentence such as "its conditions
 * have not held since 2008-03 (4 months): for review".
 *
 * @param baseline the stage the recommendation is relative to: the decided status, else the track
 * @param decided whether {@code baseline} is a decided status
 * @param recommended the target of a promotion or step back, else {@code baseline}
 * @param conditionsHold whether {@code baseline}'s conditions are met in the month
 * @param since first month of the run {@code months} counts (see {@link Recommendations#count})
 */
public record Recommendation(
    YearMonth month,
    RecommendationState state,
    Stage baseline,
    boolean decided,
    Stage recommended,
    boolean conditionsHold,
    YearMonth since,
    int months) {}
