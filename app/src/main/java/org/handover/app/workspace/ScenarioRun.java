package org.handover.app.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handover.engine.HandoverException;
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.scenario.Policy;
import org.handover.engine.scenario.PostureSetup;
import org.handover.engine.scenario.Scenario;
import org.handover.engine.scenario.ScenarioInputs;
import org.handover.engine.scenario.StartingPosture;
import org.handover.engine.time.MonthRange;
import org.handover.io.config.PolicyReader;
import org.handover.io.config.PostureSetupReader;

/**
 * A policy scenario of a workspace: the forecast model fitted on the data up to the as-of month,
 * the starting posture found by a {@link PostureSetup} in the panel, and the real decisions. See
 * docs/scenarios.md.
 */
public final class ScenarioRun {
  /** The built-in policies, one file each. */
  public static Path builtInPolicies() {
    return Home.iraq().resolve("scenarios/policies");
  }

  /** The built-in Iraq posture setup. */
  public static Path builtInPosture() {
    return Home.iraq().resolve("scenarios/posture.yaml");
  }

  /** The built-in policies in a fixed order: status quo and as happened first, then by name. */
  public static List<Path> builtInPolicyFiles() {
    try (Stream<Path> files = Files.list(builtInPolicies())) {
      List<Path> all =
          new ArrayList<>(files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
      List<Path> out = new ArrayList<>();
      for (String first : List.of("status-quo.yaml", "as-happened.yaml")) {
        all.stream().filter(p -> p.getFileName().toString().equals(first)).forEach(out::add);
      }
      all.stream().filter(p -> !out.contains(p)).forEach(out::add);
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static List<Policy> read(List<Path> files) {
    List<Policy> out = new ArrayList<>();
    for (Path f : files) {
      Policy p = PolicyReader.read(f);
      for (Policy q : out) {
        if (q.name().equals(p.name())) {
          throw new HandoverException(f + ": policy name '" + p.name() + "' is given twice");
        }
      }
      out.add(p);
    }
    return out;
  }

  private ScenarioRun() {}

  /**
   * The scenario simulating {@code horizon} months after {@code asOf}.
   *
   * @param posture the posture setup file
   */
  public static Scenario build(
      Workspace ws, ForecastRun run, Path posture, YearMonth asOf, int horizon, int lookback) {
    Start s = start(ws, run, posture, asOf, horizon);
    PostureSetup setup = s.setup();
    Panel known = s.known();
    YearMonth start = asOf.plusMonths(1);
    String variable = run.variable();
    double[] population = s.population();
    double[] local = perRegion(known, setup.localForces().orElse(null), s.m(), 1000);
    return Scenario.of(
        new ScenarioInputs(
            known,
            variable,
            start,
            horizon,
            lookback,
            NegativeBinomialModel.standard().fit(History.before(known, variable, start)),
            ws.benchmarkSet(),
            IndicatorCalculator.prepare(ws.benchmarkSet().indicators()),
            s.posture(),
            local,
            population,
            ws.ledger(),
            s.recorded(),
            setup.localForces(),
            setup.foreignTroops(),
            s.foreignNations()));
  }

  /**
   * The foreign posture in the month after {@code asOf}: each nation's troops from the data, split
   * over regions and roles as the posture file says (illustrative).
   */
  public static StartingPosture startingPosture(
      Workspace ws, ForecastRun run, Path posture, YearMonth asOf) {
    return start(ws, run, posture, asOf, 1).posture();
  }

  /** What a scenario starts from, read once. */
  private record Start(
      PostureSetup setup,
      Panel known,
      int m,
      StartingPosture posture,
      double[] population,
      Map<String, double[]> recorded,
      List<String> foreignNations) {}

  private static Start start(
      Workspace ws, ForecastRun run, Path posture, YearMonth asOf, int horizon) {
    PostureSetup setup = PostureSetupReader.read(posture);
    Panel known = run.knownAt(asOf);
    Panel all = ws.loaded().panel();
    YearMonth start = asOf.plusMonths(1);
    String variable = run.variable();
    int m = known.months().offsetOf(asOf);
    int regions = known.regionCount();

    Map<String, Double> atStart = new LinkedHashMap<>();
    Map<String, double[]> recorded = new LinkedHashMap<>();
    List<String> foreignNations = new ArrayList<>();
    for (String v : setup.troopVariables()) {
      String prefix = v + ".nation.";
      List<String> names = all.names().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
      if (names.isEmpty() && !all.has(v)) {
        throw new HandoverException(
            posture + ": troop variable '" + v + "' is not in the data (no measurement of it)");
      }
      for (String name : names) {
        String nation = name.substring(prefix.length());
        if (atStart.containsKey(nation)) {
          throw new HandoverException(
              posture + ": nation " + nation + " is counted by two troop variables");
        }
        double last = lastWithin(known.values(name)[0], m, setup.carryMonths());
        if (!Double.isNaN(last) && last > 0) {
          atStart.put(nation, last);
        }
        recorded.put(nation, future(all, name, start, horizon));
        if (setup.foreignTroops().map(v::equals).orElse(false)) {
          foreignNations.add(nation);
        }
      }
    }
    if (atStart.isEmpty()) {
      throw new HandoverException(
          "no foreign troops recorded in the "
              + setup.carryMonths()
              + " months up to "
              + asOf
              + " in "
              + String.join(", ", setup.troopVariables()));
    }
    double[] population = perRegion(known, setup.population().orElse(null), m, 1000);
    double[] weights = weights(setup, known, variable, m, population);
    StartingPosture startPosture =
        StartingPosture.split(atStart, weights, setup.roleShares(), setup.note());
    return new Start(setup, known, m, startPosture, population, recorded, foreignNations);
  }

  /**
   * What was observed of {@code variable} in the {@code horizon} months from {@code start}, {@code
   * [region][step]}, NaN where the data end or have no value: to check a scenario against history.
   */
  public static double[][] observed(Workspace ws, String variable, YearMonth start, int horizon) {
    Panel all = ws.loaded().panel();
    double[][] v = all.values(variable);
    double[][] out = new double[all.regionCount()][horizon];
    for (int r = 0; r < out.length; r++) {
      for (int s = 0; s < horizon; s++) {
        YearMonth ym = start.plusMonths(s);
        out[r][s] = all.months().contains(ym) ? v[r][all.months().offsetOf(ym)] : Double.NaN;
      }
    }
    return out;
  }

  /** The last value at or before month {@code m} within {@code months}; NaN if none. */
  private static double lastWithin(double[] row, int m, int months) {
    for (int k = m; k >= 0 && k > m - months; k--) {
      if (!Double.isNaN(row[k])) {
        return row[k];
      }
    }
    return Double.NaN;
  }

  /** Each region's last value of {@code name} at or before month {@code m}; NaN if none. */
  private static double[] perRegion(Panel p, String name, int m, int months) {
    double[] out = new double[p.regionCount()];
    java.util.Arrays.fill(out, Double.NaN);
    if (name == null || !p.has(name)) {
      return out;
    }
    double[][] v = p.values(name);
    for (int r = 0; r < out.length; r++) {
      out[r] = lastWithin(v[r], m, months);
    }
    return out;
  }

  /** The recorded national series after the start, NaN where none. */
  private static double[] future(Panel all, String name, YearMonth start, int horizon) {
    double[] out = new double[horizon];
    MonthRange months = all.months();
    double[] row = all.values(name)[0];
    for (int s = 0; s < horizon; s++) {
      YearMonth ym = start.plusMonths(s);
      out[s] = months.contains(ym) ? row[months.offsetOf(ym)] : Double.NaN;
    }
    return out;
  }

  private static double[] weights(
      PostureSetup setup, Panel known, String variable, int m, double[] population) {
    int regions = known.regionCount();
    double[] deaths = new double[regions];
    double[][] v = known.values(variable);
    for (int r = 0; r < regions; r++) {
      for (int k = Math.max(0, m - 11); k <= m; k++) {
        if (!Double.isNaN(v[r][k])) {
          deaths[r] += v[r][k];
        }
      }
    }
    double[] pop = population.clone();
    for (int r = 0; r < regions; r++) {
      if (Double.isNaN(pop[r])) {
        pop[r] = 0;
      }
    }
    return switch (setup.regionWeights()) {
      case "population" -> pop;
      case "deaths" -> deaths;
      default -> {
        double[] a = shares(pop);
        double[] b = shares(deaths);
        double[] out = new double[regions];
        for (int r = 0; r < regions; r++) {
          out[r] = (a[r] + b[r]) / 2;
        }
        yield out;
      }
    };
  }

  private static double[] shares(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = sum > 0 ? x[i] / sum : 1.0 / x.length;
    }
    return out;
  }
}
