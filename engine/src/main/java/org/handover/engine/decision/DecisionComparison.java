package org.handover.engine.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.descriptive.rank.Median;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * How a benchmark set's recommendations compare with what was decided, for one stage (e.g. when the
 * governorates were transferred to LOCAL_CONTROL against when the rule recommended them for it).
 *
 * <p>The recommendations must be those of the track alone ({@link Hysteresis#recommend(MonthRange,
 * int[][])}, no ledger): relative to a decided status they would follow the decision and measure
 * nothing. A region is <b>recommended for</b> the stage in a month when its recommended stage is
 * that stage or higher. Each region decided to the stage contributes one {@link RegionComparison},
 * from its earliest effective whole-region entry to that stage; decisions that take effect outside
 * the recommendations' months are left out and listed in {@link #outsideMonths()}.
 *
 * <p>Overall: {@link #spearman()} correlates the order in which the regions were first recommended
 * with the order in which the decisions took effect (ties by average rank; regions never
 * recommended rank last, tied with each other, as if recommended after the last month), empty with
 * fewer than two regions or when either order is all ties. {@link #medianLead()} is over the
 * regions recommended at some point. {@link #decidedWhileRecommended()} counts regions recommended
 * for the stage in the month their decision took effect.
 */
public final class DecisionComparison {
  private final String stage;
  private final List<RegionComparison> regions;
  private final List<String> outsideMonths;
  private final OptionalDouble spearman;
  private final OptionalDouble medianLead;
  private final int decidedWhileRecommended;

  private DecisionComparison(
      String stage,
      List<RegionComparison> regions,
      List<String> outsideMonths,
      OptionalDouble spearman,
      OptionalDouble medianLead,
      int decidedWhileRecommended) {
    this.stage = stage;
    this.regions = regions;
    this.outsideMonths = outsideMonths;
    this.spearman = spearman;
    this.medianLead = medianLead;
    this.decidedWhileRecommended = decidedWhileRecommended;
  }

  /**
   * Compares {@code recommendations} (rows in {@code theater}'s order) with the decisions of {@code
   * ledger} to {@code stage}.
   */
  public static DecisionComparison of(
      Recommendations recommendations, Ledger ledger, Theater theater, String stage) {
    if (recommendations.relativeToDecisions()) {
      throw new IllegalArgumentException(
          "compare the recommended track (recommendations made without a ledger)");
    }
    if (recommendations.regionCount() != theater.size()) {
      throw new IllegalArgumentException(
          "recommendations cover "
              + recommendations.regionCount()
              + " regions, theater "
              + theater.name()
              + " has "
              + theater.size());
    }
    int target = rank(recommendations.stages(), stage);
    MonthRange months = recommendations.months();
    int n = months.length();
    List<RegionComparison> rows = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    List<double[]> orders = new ArrayList<>();
    List<Double> leads = new ArrayList<>();
    int whileRecommended = 0;
    List<Region> all = theater.regions();
    for (int r = 0; r < all.size(); r++) {
      Optional<LedgerEntry> decision = firstDecision(ledger, all.get(r), stage);
      if (decision.isEmpty()) {
        continue;
      }
      LedgerEntry e = decision.get();
      int effective = months.offsetOf(e.effectiveMonth());
      if (effective < 0 || effective >= n) {
        outside.add(e.id());
        continue;
      }
      int first = -1;
      int reversals = 0;
      for (int m = 0; m < n; m++) {
        boolean recommended = recommendations.recommendedRank(r, m) >= target;
        if (recommended && first < 0) {
          first = m;
        }
        if (m > 0
            && m < effective
            && !recommended
            && recommendations.recommendedRank(r, m - 1) >= target) {
          reversals++;
        }
      }
      boolean atDecision = recommendations.recommendedRank(r, effective) >= target;
      whileRecommended += atDecision ? 1 : 0;
      if (first >= 0) {
        leads.add((double) (effective - first));
      }
      orders.add(new double[] {first >= 0 ? first : n, effective});
      rows.add(
          new RegionComparison(
              e.region(),
              e.id(),
              stage,
              e.effectiveMonth(),
              first >= 0 ? Optional.of(months.monthAt(first)) : Optional.empty(),
              first >= 0 ? OptionalInt.of(effective - first) : OptionalInt.empty(),
              atDecision,
              reversals));
    }
    return new DecisionComparison(
        stage,
        List.copyOf(rows),
        List.copyOf(outside),
        spearman(orders),
        leads.isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(
                new Median().evaluate(leads.stream().mapToDouble(Double::doubleValue).toArray())),
        whileRecommended);
  }

  public String stage() {
    return stage;
  }

  /** One row per region decided to the stage within the months, in the theater's order. */
  public List<RegionComparison> regions() {
    return regions;
  }

  /** Ids of the decisions to the stage that took effect outside the recommendations' months. */
  public List<String> outsideMonths() {
    return outsideMonths;
  }

  /** Spearman's rank correlation of first-recommended order against decision order. */
  public OptionalDouble spearman() {
    return spearman;
  }

  /**
   * Median lead in months over the regions ever recommended (positive: recommended before decided).
   */
  public OptionalDouble medianLead() {
    return medianLead;
  }

  public int decidedWhileRecommended() {
    return decidedWhileRecommended;
  }

  private static Optional<LedgerEntry> firstDecision(Ledger ledger, Region region, String stage) {
    return ledger.effective().stream()
        .filter(e -> e.wholeRegion() && e.region().equals(region.id()) && e.toStage().equals(stage))
        .min(Comparator.comparing(LedgerEntry::effective));
  }

  private static OptionalDouble spearman(List<double[]> orders) {
    if (orders.size() < 2) {
      return OptionalDouble.empty();
    }
    double[] recommended = orders.stream().mapToDouble(o -> o[0]).toArray();
    double[] decided = orders.stream().mapToDouble(o -> o[1]).toArray();
    double rho =
        new SpearmansCorrelation(new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE))
            .correlation(recommended, decided);
    return Double.isNaN(rho) ? OptionalDouble.empty() : OptionalDouble.of(rho);
  }

  private static int rank(List<Stage> stages, String stage) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(stage)) {
        return i;
      }
    }
    throw new HandoverException(
        "stage "
            + stage
            + " is not on the ladder ("
            + String.join(", ", stages.stream().map(Stage::id).toList())
            + ")");
  }
}
