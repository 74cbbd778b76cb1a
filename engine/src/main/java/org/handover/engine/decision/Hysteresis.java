package org.handover.engine.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.time.MonthRange;

/**
 * The hysteresis rule of a stage ladder: one {@link StageHysteresis} per stage, and the pass that
 * turns the monthly judgement (conditions met) into recommendations.
 *
 * <h2>Input</h2>
 *
 * {@code metRank[region][month]}: the highest stage whose conditions, and those of every stage
 * below it, are met in the month, as {@code Evaluation.metRanks()} and {@code StageHistory.rank()}
 * give it. Because stages are cumulative, "the conditions of stage {@code k} hold" is {@code
 * metRank >= k}. Optionally {@code status[region][month]}: the decided stage ({@link
 * Ledger#status}), {@code -1} where nothing has been decided.
 *
 * <h2>Semantics</h2>
 *
 * Each month has a <b>baseline</b> stage that the recommendation is relative to: the decided status
 * when there is one for that region and month; otherwise the <b>recommended track</b> as it stood
 * at the end of the previous month. The track starts at the lowest stage and moves only by this
 * rule. With the baseline {@code b} and the conditions as of the month:
 *
 * <ol>
 *   <li>if some stage {@code k > b} has held for at least its {@code promote_after} months (the
 *       first month counts as 1), the highest such {@code k} is recommended: {@link
 *       RecommendationState#RECOMMEND_PROMOTION};
 *   <li>else if {@code b}'s conditions hold: {@link RecommendationState#HOLD};
 *   <li>else, with {@code f} the months they have failed in a row: from {@code demote_after} {@link
 *       RecommendationState#RECOMMEND_STEP_BACK} to the highest stage below {@code b} that has not
 *       itself failed for its {@code demote_after} months; from {@code review_after} {@link
 *       RecommendationState#FOR_REVIEW}; before that {@link RecommendationState#HOLD}.
 * </ol>
 *
 * The recommended stage of the month is the target of a promotion or step back, else the baseline;
 * it becomes the track for the next month. So without a ledger a move shows as a recommendation in
 * exactly one month (the track then follows it), while against a decided status the recommendation
 * stands every month until a decision (or the conditions) change it. Runs of holding and failing
 * are counted per stage and never reset by a change of baseline, so a region stepped back from a
 * stage needs that stage's full {@code promote_after} again.
 *
 * <p>Example, defaults (promote 3, review 2, step back 6), two stages LOW and HIGH, no ledger,
 * HIGH's conditions met in 2007-01..05 and 2007-07, not in 2007-06 and 2007-08..2008-01:
 *
 * <pre>
 * month    met  baseline state                 recommended  since    months
 * 2007-01  HIGH LOW      HOLD                  LOW          2007-01  1   (LOW holds from the start)
 * 2007-03  HIGH LOW      RECOMMEND_PROMOTION   HIGH         2007-01  3
 * 2007-04  HIGH HIGH     HOLD                  HIGH         2007-01  4
 * 2007-06  LOW  HIGH     HOLD                  HIGH         2007-06  1   (failed 1 month: tolerated)
 * 2007-07  HIGH HIGH     HOLD                  HIGH         2007-07  1
 * 2007-09  LOW  HIGH     FOR_REVIEW            HIGH         2007-08  2   "not held since 2007-08 (2 months)"
 * 2008-01  LOW  HIGH     RECOMMEND_STEP_BACK   LOW          2007-08  6
 * 2008-02  LOW  LOW      HOLD                  LOW          2007-01  14
 * </pre>
 *
 * Had HIGH been decided in 2007-02, 2007-02..03 would have been HOLD relative to the decision, and
 * from 2008-01 the step back would stand every month until a new decision (or HIGH's conditions
 * return).
 *
 * <p>Cost: one pass per region over primitive arrays, {@code O(stages)} per month, no objects per
 * month.
 */
public final class Hysteresis {
  private final List<Stage> stages;
  private final List<StageHysteresis> rules;

  private Hysteresis(List<Stage> stages, List<StageHysteresis> rules) {
    this.stages = stages;
    this.rules = rules;
  }

  /**
   * The ladder with each stage's own numbers ({@link Stage#hysteresis}), as a benchmark set gives
   * them.
   */
  public static Hysteresis of(List<Stage> stages) {
    return of(stages, stages.stream().map(Stage::hysteresis).toList());
  }

  /**
   * The default numbers ({@link StageHysteresis#defaults}) for every stage of the ladder, whatever
   * the stages say.
   */
  public static Hysteresis defaults(List<Stage> stages) {
    return of(stages, List.of());
  }

  /**
   * The ladder with the given rules; stages without a rule get the defaults.
   *
   * @throws HandoverException if a rule names a stage that is not on the ladder, or a stage twice
   */
  public static Hysteresis of(List<Stage> stages, List<StageHysteresis> rules) {
    List<Stage> ladder = List.copyOf(stages);
    if (ladder.isEmpty()) {
      throw new IllegalArgumentException("a hysteresis rule needs at least one stage");
    }
    if (ladder.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("a ladder of " + ladder.size() + " stages is too long");
    }
    Map<String, StageHysteresis> byStage = new LinkedHashMap<>();
    for (StageHysteresis rule : rules) {
      Objects.requireNonNull(rule, "rule");
      if (ladder.stream().noneMatch(s -> s.id().equals(rule.stage()))) {
        throw new HandoverException(
            "hysteresis names stage "
                + rule.stage()
                + ", which is not on the ladder ("
                + String.join(", ", ladder.stream().map(Stage::id).toList())
                + ")");
      }
      if (byStage.put(rule.stage(), rule) != null) {
        throw new HandoverException("hysteresis gives stage " + rule.stage() + " twice");
      }
    }
    List<StageHysteresis> ordered = new ArrayList<>();
    for (Stage s : ladder) {
      ordered.add(byStage.getOrDefault(s.id(), StageHysteresis.defaults(s.id())));
    }
    return new Hysteresis(ladder, List.copyOf(ordered));
  }

  /** This rule with {@code rule} replacing its stage's numbers. */
  public Hysteresis with(StageHysteresis rule) {
    List<StageHysteresis> replaced = new ArrayList<>(rules);
    replaced.set(rank(rule.stage()), rule);
    return new Hysteresis(stages, List.copyOf(replaced));
  }

  public List<Stage> stages() {
    return stages;
  }

  /** One rule per stage, in ladder order. */
  public List<StageHysteresis> rules() {
    return rules;
  }

  public StageHysteresis rule(String stage) {
    return rules.get(rank(stage));
  }

  /** Recommendations relative to the recommended track alone (no decisions). */
  public Recommendations recommend(MonthRange months, int[][] metRank) {
    return HysteresisPass.run(this, months, metRank, null);
  }

  /**
   * Recommendations relative to the decided {@code status} where there is one ({@code -1}:
   * undecided, relative to the track).
   */
  public Recommendations recommend(MonthRange months, int[][] metRank, int[][] status) {
    return HysteresisPass.run(this, months, metRank, Objects.requireNonNull(status, "status"));
  }

  /**
   * {@link #recommend(MonthRange, int[][], int[][])}, and where the pass stood at the start of
   * month offset {@code month}, to continue other passes that share every earlier month with this
   * one ({@link #recommendFrom}).
   */
  public HysteresisStart startAt(MonthRange months, int[][] metRank, int[][] status, int month) {
    if (month < 0 || month >= months.length()) {
      throw new IllegalArgumentException(
          "month offset " + month + " is outside the " + months.length() + " months");
    }
    HysteresisStart out = new HysteresisStart(metRank.length, stages.size(), month);
    HysteresisPass.run(this, months, metRank, Objects.requireNonNull(status, "status"), null, out);
    return out;
  }

  /**
   * The recommendations of {@link #recommend(MonthRange, int[][], int[][])} for met ranks and a
   * status that agree with those {@code start} was taken from in every month before {@link
   * HysteresisStart#month()}: those months are copied from it (the met ranks there are not read),
   * the rest computed.
   */
  public Recommendations recommendFrom(
      MonthRange months, int[][] metRank, int[][] status, HysteresisStart start) {
    return HysteresisPass.run(
        this, months, metRank, Objects.requireNonNull(status, "status"), start, null);
  }

  private int rank(String stage) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(stage)) {
        return i;
      }
    }
    throw new HandoverException(
        "hysteresis names stage "
            + stage
            + ", which is not on the ladder ("
            + String.join(", ", stages.stream().map(Stage::id).toList())
            + ")");
  }

  int[] promoteAfter() {
    return rules.stream().mapToInt(StageHysteresis::promoteAfter).toArray();
  }

  int[] reviewAfter() {
    return rules.stream().mapToInt(StageHysteresis::reviewAfter).toArray();
  }

  int[] demoteAfter() {
    return rules.stream().mapToInt(StageHysteresis::demoteAfter).toArray();
  }
}
