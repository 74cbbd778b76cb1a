package org.handover.engine.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handover.engine.HandoverException;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Hysteresis;
import org.handover.engine.decision.HysteresisStart;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.decision.RecommendationState;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parallelism;
import org.handover.engine.forecast.PathSampler;
import org.handover.engine.forecast.Seeds;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.outlook.PathPanels;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.hipparchus.random.RandomGenerator;

/**
 * Runs policies over forecast sample paths. Each path of each policy is simulated in rounds: the
 * posture follows from the policy and the decisions so far, the local forces from the training
 * pipeline, the violence from the forecast model shifted by the {@link Effects effects model}; the
 * benchmark set judges the path, and the policy's decision rules read the recommendations. The
 * rounds repeat until the decisions no longer change. Because a decision takes effect at least a
 * month after the recommendation it acts on, and a path's draws up to a month depend only on the
 * shifts up to that month, each round settles at least one more month: the result is the one a
 * month-by-month simulation would give, in a few rounds instead of one judgement per month.
 *
 * <p>Every policy sees the same random draws for the same path (common random numbers), so the
 * differences between policies come from the policies, not from sampling noise, and with every
 * effect at zero all policies draw the same deaths.
 */
public final class Scenario {
  private static final int CHUNK = 8;
  private static final Provenance NONE = Provenance.of(List.of());

  /** Keeps the assumption draws apart from the forecast's draws of the same path. */
  private static final long ASSUMPTION_STREAM = 0x6173_7375_6d65L;

  private final ScenarioInputs in;
  private final PathPanels panels;
  private final PathSampler sampler;
  private final Assessor assessor;
  private final Hysteresis hysteresis;
  private final List<Stage> stages;
  private final int history;
  private final int regions;
  private final int[][] realStatus;
  private final Theater theater;

  /**
   * Whether a path's judgement of the history months is every path's: true when every indicator is
   * causal, since a path differs from the others only from its first simulated month.
   */
  private final boolean sharedHistory;

  /** The hysteresis pass over the history, taken from the first path judged; then shared. */
  private volatile HysteresisStart historyPass;

  /**
   * Whether a path's later rounds redraw and re-judge only from the first month that changed (the
   * rest is the last round's); false draws and judges every round whole, the reference the
   * incremental rounds are checked against.
   */
  private final boolean incremental;

  private Scenario(ScenarioInputs in) {
    this(in, true);
  }

  private Scenario(ScenarioInputs in, boolean incremental) {
    this.incremental = incremental;
    this.in = in;
    this.panels = PathPanels.of(in.known(), in.variable(), in.start(), in.horizon(), in.lookback());
    this.sampler =
        in.model().sampler(History.before(in.known(), in.variable(), in.start()), in.horizon());
    this.assessor = Assessor.of(in.set());
    this.stages = in.set().stages();
    this.hysteresis = Hysteresis.of(stages);
    this.history = panels.historyMonths();
    this.regions = in.known().regionCount();
    this.theater = in.known().theater();
    this.realStatus = in.ledger().status(theater, panels.axis(), stages);
    this.sharedHistory = IndicatorCalculator.causal(in.set().indicators());
  }

  public static Scenario of(ScenarioInputs inputs) {
    return new Scenario(inputs);
  }

  /** This scenario drawing and judging every round of a path whole (see {@link #incremental}). */
  Scenario wholeRounds() {
    return new Scenario(in, false);
  }

  public ScenarioInputs inputs() {
    return in;
  }

  /** The months simulated. */
  public MonthRange months() {
    return MonthRange.of(in.start(), in.start().plusMonths(in.horizon() - 1));
  }

  /**
   * The nations of every policy's posture: the starting posture's, then those the policies add, in
   * the order first named.
   */
  public static List<String> nations(StartingPosture start, List<Policy> policies) {
    Set<String> out = new LinkedHashSet<>(start.nations());
    for (Policy p : policies) {
      p.rules(PolicyRule.AddTroops.class).forEach(a -> out.add(a.nation()));
    }
    return List.copyOf(out);
  }

  /** Runs {@code policy} over {@code paths} paths with the nations of {@code nations}. */
  public PolicyOutcome run(
      Policy policy,
      List<String> nations,
      Assumptions assumptions,
      int paths,
      long seed,
      int threads) {
    check(policy);
    PostureRules rules =
        new PostureRules(
            policy, in.posture(), nations, in.start(), in.horizon(), in.recordedTroops());
    Policy statusQuo = new Policy("status-quo", "", "", java.util.Optional.empty(), List.of());
    PostureRules frozen =
        new PostureRules(
            statusQuo, in.posture(), nations, in.start(), in.horizon(), in.recordedTroops());
    List<List<PathResult>> chunks =
        Parallelism.overChunks(
            paths,
            CHUNK,
            threads,
            (from, to) -> {
              Worker w = new Worker(policy, rules, frozen, nations, assumptions);
              List<PathResult> out = new ArrayList<>();
              for (int p = from; p < to; p++) {
                out.add(w.path(seed, p));
              }
              return out;
            });
    List<PathResult> all = new ArrayList<>(paths);
    chunks.forEach(all::addAll);
    return PolicyOutcome.of(policy, this, nations, assumptions, seed, all);
  }

  private void check(Policy policy) {
    for (var t : policy.rules(PolicyRule.TransferWhenRecommended.class)) {
      rank(policy, t.stage());
    }
    for (var t : policy.rules(PolicyRule.TransferAll.class)) {
      rank(policy, t.stage());
    }
  }

  int rank(Policy policy, String stage) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(stage)) {
        return i;
      }
    }
    throw new HandoverException(
        "policy "
            + policy.name()
            + " names stage "
            + stage
            + ", which is not in benchmark set "
            + in.set().name()
            + " ("
            + String.join(", ", stages.stream().map(Stage::id).toList())
            + ")");
  }

  List<Stage> stages() {
    return stages;
  }

  /** One thread's scratch space. */
  private final class Worker {
    private final Policy policy;
    private final PostureRules rules;
    private final PostureRules frozen;
    private final List<String> nations;
    private final Assumptions assumptions;
    private final PathSampler.Worker draw = sampler.worker();
    private final double[][] drawn = new double[regions][in.horizon()];
    private final double[][] shift = new double[regions][in.horizon()];
    private final double[][] column = panels.newForecastColumn();
    private final double[] throughput;
    private final boolean replay;
    private final int[] fixedStep = new int[regions];
    private final int[] fixedRank = new int[regions];
    private final LedgerEntry[][][] entries = new LedgerEntry[regions][in.horizon()][stages.size()];

    /** The last round's shift, draws, local forces, foreign troops and met ranks on this path. */
    private final double[][] lastShift = new double[regions][in.horizon()];

    private final double[][] lastDrawn = new double[regions][in.horizon()];
    private double[][] lastLocal;
    private double[] lastTroops;
    private int[][] lastMet;
    private Posture statusQuo;
    private int[] guess;
    private int[] guessRank;
    private Posture lastPosture;
    private int[][] lastStatus;
    private int[] lastDecided;
    private int[] lastDecidedRank;
    private int[] lastTransfers;

    Worker(
        Policy policy,
        PostureRules rules,
        PostureRules frozen,
        List<String> nations,
        Assumptions assumptions) {
      this.policy = policy;
      this.rules = rules;
      this.frozen = frozen;
      this.nations = nations;
      this.assumptions = assumptions;
      this.throughput = rules.throughputFactor();
      this.replay = !policy.rules(PolicyRule.ReplayDecisions.class).isEmpty();
      fixDecisions();
      if (!draw.shiftable()) {
        throw new IllegalStateException(
            "model " + in.model().modelName() + " cannot apply a policy's effects");
      }
    }

    /** The status quo's posture: the same on every path. */
    private Posture frozenPosture(int[] none) {
      if (statusQuo == null) {
        statusQuo = frozen.compute(none);
      }
      return statusQuo;
    }

    /** The policy's posture for these transfers; most paths share their transfers with the last. */
    private Posture posture(int[] transferredAt) {
      if (lastPosture == null || !Arrays.equals(lastTransfers, transferredAt)) {
        lastPosture = rules.compute(transferredAt);
        lastTransfers = transferredAt.clone();
      }
      return lastPosture;
    }

    PathResult path(long seed, int p) {
      RandomGenerator g = Seeds.generator(seed ^ ASSUMPTION_STREAM, p);
      double[] u = new double[assumptions.size()];
      for (int i = 0; i < u.length; i++) {
        u[i] = g.nextDouble();
      }
      Assumptions.Drawn a = assumptions.draw(u);
      int[] none = new int[regions];
      Arrays.fill(none, Integer.MAX_VALUE);
      double[] ones = new double[in.horizon()];
      Arrays.fill(ones, 1);
      double[][] localStatusQuo =
          TrainingPipeline.run(frozenPosture(none), in.startLocal(), ones, a);
      // The first round starts from the decisions the previous path of this worker settled on:
      // paths mostly agree, so most settle in one round. Any start gives the same result, since a
      // settled set of decisions is the month-by-month one whatever the round it started from.
      int[] decided = guess != null ? guess.clone() : fixedStep.clone(); // step per region, -1 none
      int[] decidedRank = guessRank != null ? guessRank.clone() : fixedRank.clone();
      int rounds = 0;
      while (true) {
        rounds++;
        boolean again = incremental && rounds > 1;
        int[][] status = status(decided, decidedRank);
        int[] transferredAt = transferredAt(status);
        Posture posture = posture(transferredAt);
        double[][] local = TrainingPipeline.run(posture, in.startLocal(), throughput, a);
        Effects.logShift(
            posture, in.posture(), local, localStatusQuo, in.population(), transferredAt, a, shift);
        // A later round draws the same random numbers: up to the first month whose shift changed,
        // its draws are the last round's, and only the months from there are drawn again.
        int redraw = again ? firstDifference(shift, lastShift) : 0;
        if (redraw == 0) {
          draw.sample(seed, p, shift, drawn);
        } else {
          draw.resample(seed, p, shift, drawn, redraw);
        }
        if (!policy.followsRecommendations() && !anyDecided(status)) {
          // Nothing reads the recommendations: no rule decides on them, and with no region decided
          // above the lowest stage no relapse can occur. The judgement of the path is skipped.
          return result(posture, local, status, transferredAt, null, rounds);
        }
        double[] troops = troops(posture);
        // The indicators are causal: up to the first month of the path's panel that changed (the
        // deaths, the local forces, the foreign troops), the met ranks are the last round's.
        int rejudge =
            again && sharedHistory
                ? Math.min(
                    firstDifference(drawn, lastDrawn),
                    Math.min(
                        firstDifference(local, lastLocal), firstDifference(troops, lastTroops)))
                : 0;
        int[][] met =
            rejudge == in.horizon()
                ? lastMet
                : metRanks(pathPanel(local, troops), status, rejudge, lastMet);
        remember(local, troops, met);
        Recommendations recs = recommend(met, status);
        // Every round derives all decisions afresh from its own recommendations: a decision of an
        // earlier round that this round's path no longer calls for does not survive.
        int[] nextDecided = fixedStep.clone();
        int[] nextRank = fixedRank.clone();
        decide(recs, status, nextDecided, nextRank);
        if (Arrays.equals(nextDecided, decided) && Arrays.equals(nextRank, decidedRank)) {
          guess = decided;
          guessRank = decidedRank;
          return result(posture, local, status, transferredAt, recs, rounds);
        }
        if (rounds > in.horizon() + 1) {
          throw new IllegalStateException(
              "policy " + policy.name() + ": decisions did not settle on path " + p);
        }
        decided = nextDecided;
        decidedRank = nextRank;
      }
    }

    /**
     * The met ranks of the path, whose panel (before the indicators) is {@code path}. Where the
     * history is shared only the simulated months are judged, and of those only the months from
     * step {@code from} on: the earlier ones are {@code last}'s. The first path judged judges every
     * month, and leaves the hysteresis pass over the history for every later path.
     */
    private int[][] metRanks(Panel path, int[][] status, int from, int[][] last) {
      Panel withIndicators = in.indicators().apply(path);
      if (!sharedHistory) {
        return assessor.evaluate(withIndicators, NONE).metRanks();
      }
      if (historyPass == null) {
        int[][] met = assessor.evaluate(withIndicators, NONE).metRanks();
        historyPass = hysteresis.startAt(panels.axis(), met, status, history);
        return met;
      }
      int[][] met = assessor.metRanksFrom(withIndicators, history + from);
      for (int r = 0; r < regions && from > 0; r++) {
        System.arraycopy(last[r], history, met[r], history, from);
      }
      return met;
    }

    /**
     * The recommendations on the path. Where the history is shared, the pass continues from where
     * the history left it.
     */
    private Recommendations recommend(int[][] met, int[][] status) {
      if (!sharedHistory) {
        return hysteresis.recommend(panels.axis(), met, status);
      }
      return hysteresis.recommendFrom(panels.axis(), met, status, historyPass);
    }

    /** Keeps this round's shift, draws, local forces, troops and met ranks for the next. */
    private void remember(double[][] local, double[] troops, int[][] met) {
      for (int r = 0; r < regions; r++) {
        System.arraycopy(shift[r], 0, lastShift[r], 0, in.horizon());
        System.arraycopy(drawn[r], 0, lastDrawn[r], 0, in.horizon());
      }
      lastLocal = local;
      lastTroops = troops;
      lastMet = met;
    }

    /** The foreign troops the benchmark set reads in each step (null when it reads none). */
    private double[] troops(Posture posture) {
      if (in.foreignTroopsVariable().isEmpty()) {
        return null;
      }
      double[] v = new double[in.horizon()];
      for (int s = 0; s < in.horizon(); s++) {
        double t = 0;
        for (String nation : in.foreignTroopsNations()) {
          int n = nations.indexOf(nation);
          t += n < 0 ? 0 : posture.nationTotal(s, n);
        }
        v[s] = t;
      }
      return v;
    }

    /**
     * Decisions that do not depend on the path, the same for every path and round: transfers of
     * every region at a date. Per region the step ({@code fixedStep}) and stage rank ({@code
     * fixedRank}), -1 for none.
     */
    private void fixDecisions() {
      Arrays.fill(fixedStep, -1);
      Arrays.fill(fixedRank, -1);
      for (var t : policy.rules(PolicyRule.TransferAll.class)) {
        int step = Math.max(0, t.at().step(in.start()));
        if (step < in.horizon()) {
          Arrays.fill(fixedStep, step);
          Arrays.fill(fixedRank, rank(policy, t.stage()));
        }
      }
    }

    /**
     * Decided stage per region and month of the axis: the real ledger (only up to the start, unless
     * the policy replays it), then the policy's decisions, recorded as SIMULATED entries of a
     * ledger of their own so that they are never mixed with real ones.
     */
    private int[][] status(int[] decided, int[] rank) {
      // Read only, never written: paths that decide as the last one did share its status.
      if (lastStatus != null
          && Arrays.equals(lastDecided, decided)
          && Arrays.equals(lastDecidedRank, rank)) {
        return lastStatus;
      }
      lastStatus = freshStatus(decided, rank);
      lastDecided = decided.clone();
      lastDecidedRank = rank.clone();
      return lastStatus;
    }

    private int[][] freshStatus(int[] decided, int[] rank) {
      int months = panels.axis().length();
      int[][] s = new int[regions][months];
      for (int r = 0; r < regions; r++) {
        for (int m = 0; m < months; m++) {
          s[r][m] = m < history || replay ? realStatus[r][m] : realStatus[r][history - 1];
        }
      }
      int[][] simulated = simulatedLedger(decided, rank).status(theater, panels.axis(), stages);
      for (int r = 0; r < regions; r++) {
        for (int m = history; m < months; m++) {
          if (simulated[r][m] > s[r][m]) {
            s[r][m] = simulated[r][m];
          }
        }
      }
      return s;
    }

    /** The policy's decisions on this path as a ledger of simulated decisions. */
    Ledger simulatedLedger(int[] decided, int[] rank) {
      List<LedgerEntry> entries = new ArrayList<>();
      for (int r = 0; r < regions; r++) {
        if (decided[r] >= 0) {
          entries.add(entry(r, decided[r], rank[r]));
        }
      }
      return Ledger.of(DecisionKind.SIMULATED, entries);
    }

    /**
     * The simulated decision moving region {@code r} to stage {@code rank} in step {@code step}.
     */
    private LedgerEntry entry(int r, int step, int rank) {
      // Paths and rounds decide the same few region-steps again and again: each entry is made once.
      LedgerEntry e = entries[r][step][rank];
      if (e == null) {
        Region region = theater.regions().get(r);
        String stage = stages.get(rank).id();
        java.time.LocalDate effective = in.start().plusMonths(step).atDay(1);
        e =
            LedgerEntry.of(
                    policy.name() + "/" + LedgerEntry.defaultId(region.id(), stage, effective),
                    DecisionKind.SIMULATED,
                    region.id(),
                    stage,
                    effective)
                .withDecidedBy("policy " + policy.name())
                .withSource("handover compare (simulated)");
        entries[r][step][rank] = e;
      }
      return e;
    }

    /** Whether a region's decided stage is above the lowest in a simulated month. */
    private boolean anyDecided(int[][] status) {
      for (int[] row : status) {
        for (int m = history; m < row.length; m++) {
          if (row[m] > 0) {
            return true;
          }
        }
      }
      return false;
    }

    /** The first step at which each region's decided stage rose during the run. */
    private int[] transferredAt(int[][] status) {
      int[] t = new int[regions];
      for (int r = 0; r < regions; r++) {
        t[r] = Integer.MAX_VALUE;
        int before = status[r][history - 1];
        for (int s = 0; s < in.horizon(); s++) {
          if (status[r][history + s] > before) {
            t[r] = s;
            break;
          }
        }
      }
      return t;
    }

    /**
     * Adds the transfers the recommendations call for to the decisions, month by month and, within
     * a month, rule by rule in the policy's order. Month order matters when several rules transfer
     * on recommendations: a decision then depends only on the months before it and on the rules
     * before it, as in a month-by-month run, so the rounds settle; taking the rules one after the
     * other over all months would let a later month's decision of one rule block an earlier one of
     * the next.
     */
    private void decide(Recommendations recs, int[][] status, int[] decided, int[] rank) {
      List<PolicyRule.TransferWhenRecommended> rules =
          policy.rules(PolicyRule.TransferWhenRecommended.class);
      int[] target = new int[rules.size()];
      int[] notBefore = new int[rules.size()];
      for (int i = 0; i < rules.size(); i++) {
        var rule = rules.get(i);
        target[i] = rank(policy, rule.stage());
        notBefore[i] = rule.notBefore().map(t -> Math.max(0, t.step(in.start()))).orElse(0);
      }
      int[] perStep = new int[in.horizon()];
      for (int r = 0; r < regions; r++) {
        if (decided[r] >= 0) {
          perStep[decided[r]]++;
        }
      }
      // A rule considers each region once: its first month recommended at the rule's stage.
      boolean[][] taken = new boolean[rules.size()][regions];
      for (int m = history - 1; m < panels.axis().length(); m++) {
        for (int i = 0; i < rules.size(); i++) {
          var rule = rules.get(i);
          for (int r = 0; r < regions; r++) {
            if (taken[i][r]
                || decided[r] >= 0
                || status[r][m] >= target[i]
                || recs.recommendedRank(r, m) < target[i]) {
              continue;
            }
            int step = Math.max(m + rule.lagMonths() - history, notBefore[i]);
            while (step < in.horizon()
                && rule.maxPerMonth() > 0
                && perStep[step] >= rule.maxPerMonth()) {
              step++;
            }
            taken[i][r] = true;
            if (step < in.horizon()) {
              decided[r] = step;
              rank[r] = target[i];
              perStep[step]++;
            }
          }
        }
      }
    }

    private Panel pathPanel(double[][] local, double[] troops) {
      for (int r = 0; r < regions; r++) {
        System.arraycopy(drawn[r], 0, column[r], history, in.horizon());
      }
      Panel p = panels.pathPanel(column);
      if (in.localForcesVariable().isPresent() && p.has(in.localForcesVariable().get())) {
        String name = in.localForcesVariable().get();
        double[][] base = p.values(name);
        double[][] v = new double[regions][];
        for (int r = 0; r < regions; r++) {
          v[r] = base[r].clone();
          System.arraycopy(local[r], 0, v[r], history, in.horizon());
        }
        Variable old = p.variable(name).orElseThrow();
        p = p.with(simulated(old), v);
      }
      if (in.foreignTroopsVariable().isPresent() && p.has(in.foreignTroopsVariable().get())) {
        String name = in.foreignTroopsVariable().get();
        double[] v = p.values(name)[0].clone();
        System.arraycopy(troops, 0, v, history, in.horizon());
        p = p.withNational(simulated(p.variable(name).orElseThrow()), v);
      }
      return p;
    }

    /** The first step at which any region's values differ ({@code horizon} when none does). */
    private int firstDifference(double[][] now, double[][] last) {
      int first = in.horizon();
      for (int r = 0; r < now.length; r++) {
        for (int s = 0; s < first; s++) {
          if (Double.doubleToLongBits(now[r][s]) != Double.doubleToLongBits(last[r][s])) {
            first = s;
            break;
          }
        }
      }
      return first;
    }

    /**
     * {@link #firstDifference(double[][], double[][])} of one series (null: none, never differs).
     */
    private int firstDifference(double[] now, double[] last) {
      if (now == null) {
        return in.horizon();
      }
      for (int s = 0; s < in.horizon(); s++) {
        if (Double.doubleToLongBits(now[s]) != Double.doubleToLongBits(last[s])) {
          return s;
        }
      }
      return in.horizon();
    }

    private Variable simulated(Variable v) {
      return new Variable(v.name(), VariableKind.SIMULATED, v.illustrative(), v.description());
    }

    private PathResult result(
        Posture posture,
        double[][] local,
        int[][] status,
        int[] transferredAt,
        Recommendations recs,
        int rounds) {
      int h = in.horizon();
      double[] deaths = new double[h];
      double[][] regionDeaths = new double[regions][];
      for (int r = 0; r < regions; r++) {
        regionDeaths[r] = drawn[r].clone();
        for (int s = 0; s < h; s++) {
          double d = drawn[r][s];
          if (!Double.isNaN(d)) {
            deaths[s] += d;
          }
        }
      }
      int[][] st = new int[regions][h];
      boolean[] relapsed = new boolean[regions];
      int[] transferred = new int[regions];
      int[] transferredTo = new int[regions];
      for (int r = 0; r < regions; r++) {
        System.arraycopy(status[r], history, st[r], 0, h);
        transferred[r] = transferredAt[r] == Integer.MAX_VALUE ? -1 : transferredAt[r];
        transferredTo[r] = transferred[r] < 0 ? -1 : status[r][history + transferred[r]];
        for (int s = 0; s < h; s++) {
          if (status[r][history + s] > 0
              && recs != null
              && recs.state(r, history + s) == RecommendationState.RECOMMEND_STEP_BACK) {
            relapsed[r] = true;
            break;
          }
        }
      }
      double[] byRole = new double[Role.values().length];
      double[][] roleByStep = new double[h][Role.values().length];
      for (Role role : Role.values()) {
        for (int s = 0; s < h; s++) {
          roleByStep[s][role.ordinal()] = posture.roleTotal(s, role);
          byRole[role.ordinal()] += roleByStep[s][role.ordinal()];
        }
      }
      double[] byNation = new double[nations.size()];
      double[] foreign = new double[h];
      double[] localTotal = new double[h];
      for (int s = 0; s < h; s++) {
        for (int n = 0; n < nations.size(); n++) {
          byNation[n] += posture.nationTotal(s, n);
        }
        foreign[s] = posture.total(s);
        for (int r = 0; r < regions; r++) {
          localTotal[s] += local[r][s];
        }
      }
      return new PathResult(
          deaths,
          regionDeaths,
          st,
          transferred,
          transferredTo,
          relapsed,
          byRole,
          byNation,
          roleByStep,
          foreign,
          localTotal,
          rounds);
    }
  }

  /** The month of step {@code s}. */
  YearMonth month(int s) {
    return in.start().plusMonths(s);
  }
}
