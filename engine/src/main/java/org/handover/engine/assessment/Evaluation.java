package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.Hysteresis;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.time.MonthRange;

/**
 * A panel judged against a benchmark set, once: every benchmark, condition and stage for every
 * region and month, computed by {@link Assessor#evaluate}. Every answer is read from that one
 * evaluation: the assessment of a month (verdicts with explanations, built on demand), the stage
 * history, the stage changes and what moved them, the met stage ranks, the recommendations drawn
 * from them with the set's hysteresis, and whether a region is ready for a stage by the
 * recommendation rule.
 *
 * <p>Immutable: the arrays are never handed out (callers get copies or values). Safe to share
 * between threads; assessments of a month are built once and kept.
 */
public final class Evaluation {
  private final BenchmarkSet set;
  private final Panel panel;
  private final Provenance provenance;
  private final Map<String, BenchmarkSeries> series;

  /** {@code [condition][region][month]}, {@link BenchmarkSeries} codes, in benchmark-set order. */
  private final byte[][][] conditionStatus;

  /**
   * {@code [region][month]}: the highest stage whose conditions, and every lower stage's, are met.
   */
  private final int[][] stageRank;

  private final int[] promoteAfter;
  private final Map<YearMonth, Assessment> assessments = new ConcurrentHashMap<>();

  Evaluation(
      BenchmarkSet set,
      Panel panel,
      Provenance provenance,
      Map<String, BenchmarkSeries> series,
      byte[][][] conditionStatus,
      int[][] stageRank) {
    this.set = set;
    this.panel = panel;
    this.provenance = provenance;
    this.series = series;
    this.conditionStatus = conditionStatus;
    this.stageRank = stageRank;
    this.promoteAfter =
        set.stages().stream().mapToInt(s -> s.hysteresis().promoteAfter()).toArray();
  }

  /**
   * The same evaluation, with other provenance (e.g. with a forecast's added): nothing is evaluated
   * again.
   */
  public Evaluation withProvenance(Provenance other) {
    return new Evaluation(
        set,
        panel,
        Assessor.withSetAndIllustrative(set, other, panel),
        series,
        conditionStatus,
        stageRank);
  }

  public BenchmarkSet benchmarkSet() {
    return set;
  }

  public Panel panel() {
    return panel;
  }

  public MonthRange months() {
    return panel.months();
  }

  /**
   * The provenance every answer carries: the data's, with the benchmark set and its illustrative
   * inputs.
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Every region as of {@code month}, with verdicts and explanations.
   *
   * @throws HandoverException if the month is outside the data
   */
  public Assessment assessment(YearMonth month) {
    int m = offsetOf(month);
    return assessments.computeIfAbsent(
        month,
        asOf -> {
          List<Region> regions = panel.theater().regions();
          List<RegionAssessment> rs = new ArrayList<>();
          for (int r = 0; r < regions.size(); r++) {
            rs.add(regionAssessment(regions.get(r), r, m));
          }
          return new Assessment(asOf, rs, provenance);
        });
  }

  /** The assessments of several months, in the order given. */
  public Map<YearMonth, Assessment> assessments(Collection<YearMonth> months) {
    months.forEach(this::offsetOf);
    Map<YearMonth, Assessment> out = new LinkedHashMap<>();
    months.forEach(m -> out.put(m, assessment(m)));
    return out;
  }

  /** The stage of every region in every month. */
  public StageHistory history() {
    return new StageHistory(panel.theater(), panel.months(), set.stages(), metRanks(), provenance);
  }

  /** Met stage ranks {@code [region][month]} (a copy): the input of the hysteresis. */
  public int[][] metRanks() {
    int[][] copy = new int[stageRank.length][];
    for (int r = 0; r < stageRank.length; r++) {
      copy[r] = stageRank[r].clone();
    }
    return copy;
  }

  /**
   * Every month in which {@code region}'s stage differs from the month before, and the conditions
   * that moved it.
   */
  public List<StageChange> stageChanges(RegionId region) {
    int r = panel.theater().indexOf(region);
    Region reg = panel.theater().regions().get(r);
    int[] ranks = stageRank[r];
    List<StageChange> out = new ArrayList<>();
    for (int m = 1; m < ranks.length; m++) {
      if (ranks[m] != ranks[m - 1]) {
        out.add(change(reg, r, m - 1, m));
      }
    }
    return out;
  }

  /** The stage changes of every region, in the theater's order, each region's in month order. */
  public List<StageChange> stageChanges() {
    List<StageChange> out = new ArrayList<>();
    panel.theater().regions().forEach(reg -> out.addAll(stageChanges(reg.id())));
    return out;
  }

  /**
   * Every region whose stage in {@code since} differs from its stage in {@code month}, in the
   * theater's order: one change each, dated {@code month}, with the conditions whose status differs
   * between the two.
   *
   * @throws HandoverException if either month is outside the data
   */
  public List<StageChange> stageChanges(YearMonth since, YearMonth month) {
    int before = offsetOf(since);
    int now = offsetOf(month);
    List<Region> regions = panel.theater().regions();
    List<StageChange> out = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      if (stageRank[r][before] != stageRank[r][now]) {
        out.add(change(regions.get(r), r, before, now));
      }
    }
    return out;
  }

  /**
   * Recommendations with the set's hysteresis, relative to the recommended track alone (no
   * decisions).
   */
  public Recommendations recommendations() {
    return Hysteresis.of(set.stages()).recommend(panel.months(), stageRank);
  }

  /**
   * Recommendations with the set's hysteresis, relative to the status decided in {@code ledger}
   * where there is one.
   */
  public Recommendations recommendations(Ledger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    return Hysteresis.of(set.stages())
        .recommend(
            panel.months(),
            stageRank,
            ledger.status(panel.theater(), panel.months(), set.stages()));
  }

  /**
   * Whether region {@code region} (the theater's index) is ready for stage {@code stage} (a rank)
   * in month {@code month} (an offset on {@link #months()}) by the recommendation rule: that
   * stage's conditions, and every lower stage's, have held for its {@code promote_after}
   * consecutive months up to and including the month. Months before the first of the data do not
   * count.
   */
  public boolean ready(int region, int stage, int month) {
    int need = promoteAfter[stage];
    if (month + 1 < need) {
      return false;
    }
    int[] row = stageRank[region];
    for (int m = month; m > month - need; m--) {
      if (row[m] < stage) {
        return false;
      }
    }
    return true;
  }

  private int offsetOf(YearMonth month) {
    if (!panel.months().contains(month)) {
      throw new HandoverException(
          "month " + month + " is outside the data (" + panel.months() + ")");
    }
    return panel.months().offsetOf(month);
  }

  private StageChange change(Region region, int r, int before, int now) {
    RegionAssessment was = regionAssessment(region, r, before);
    RegionAssessment is = regionAssessment(region, r, now);
    return new StageChange(
        region.id(),
        panel.months().monthAt(now),
        was.stage(),
        is.stage(),
        ConditionShift.between(was, is));
  }

  private RegionAssessment regionAssessment(Region region, int r, int m) {
    List<ConditionVerdict> verdicts = new ArrayList<>();
    List<Condition> conditions = set.conditions();
    for (int c = 0; c < conditions.size(); c++) {
      Condition condition = conditions.get(c);
      List<BenchmarkVerdict> bv = new ArrayList<>();
      for (Benchmark b : condition.benchmarks()) {
        bv.add(benchmarkVerdict(b, r, m));
      }
      Status status = BenchmarkSeries.status(conditionStatus[c][r][m]);
      verdicts.add(
          new ConditionVerdict(
              condition, status, bv, Explanations.condition(condition, status, bv)));
    }
    int rank = stageRank[r][m];
    Stage stage = set.stages().get(rank);
    Optional<Stage> next =
        rank + 1 < set.stages().size() ? Optional.of(set.stages().get(rank + 1)) : Optional.empty();
    List<String> blocked = new ArrayList<>();
    next.ifPresent(
        n ->
            n.requires().stream()
                .filter(id -> conditionStatus[set.conditionIndex(id)][r][m] != BenchmarkSeries.MET)
                .forEach(blocked::add));
    String explanation = Explanations.region(stage, next, blocked, verdicts);
    return new RegionAssessment(
        region.id(), panel.months().monthAt(m), stage, rank, next, blocked, verdicts, explanation);
  }

  private BenchmarkVerdict benchmarkVerdict(Benchmark b, int r, int m) {
    BenchmarkSeries s = series.get(b.id());
    boolean illustrative = panel.variable(b.indicator()).map(Variable::illustrative).orElse(false);
    double value = s.value[r][m];
    int held = s.held[r][m];
    Status status = BenchmarkSeries.status(s.status[r][m]);
    return new BenchmarkVerdict(
        b,
        value,
        held,
        status,
        illustrative,
        Explanations.benchmark(b, value, held, status, illustrative, panel.months().monthAt(m)));
  }
}
