package org.handover.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handover.app.output.ComparePolicyOutput;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.ScenarioRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.forecast.Parallelism;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.scenario.Assumption;
import org.handover.engine.scenario.Assumptions;
import org.handover.engine.scenario.BandCoverage;
import org.handover.engine.scenario.Comparison;
import org.handover.engine.scenario.Policy;
import org.handover.engine.scenario.PolicyOutcome;
import org.handover.engine.scenario.PolicyRule;
import org.handover.engine.scenario.Scenario;
import org.handover.io.files.OutputGuard;
import org.handover.io.imports.ImportLog;
import org.handover.io.imports.StrictNumber;
import org.handover.io.imports.decisions.DecisionFields;
import org.handover.io.imports.decisions.DecisionRecorder;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Policies side by side over forecast paths and the assumptions of the effects model. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare policies from --as-of: each simulated over forecast sample paths with the effects"
            + " model's assumptions drawn from their ranges (docs/scenarios.md). Default: the"
            + " built-in policies.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ForecastOptions forecast;
  @Mixin AsOfOption asOf;
  @Mixin PathHorizonOptions ahead;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A policy file (repeatable; default: every built-in policy).")
  List<Path> policies = new ArrayList<>();

  @Option(
      names = "--posture",
      paramLabel = "FILE",
      description = "Where the starting posture comes from (default: the built-in Iraq one).")
  Path posture;

  @Option(
      names = "--assume",
      paramLabel = "NAME=VALUE",
      description =
          "Set an assumption: NAME=VALUE fixes it, NAME=LOW..HIGH gives its range (repeatable).")
  List<String> assume = new ArrayList<>();

  @Option(
      names = "--no-effects",
      description = "Every effect at zero: policies change the posture, not the violence.")
  boolean noEffects;

  @Option(
      names = "--sensitivity",
      description =
          "Also run each policy with each assumption at its low and high end: which change the ranking.")
  boolean sensitivity;

  @Option(
      names = "--sensitivity-paths",
      defaultValue = "200",
      paramLabel = "N",
      description = "Sample paths per run of the sensitivity analysis (default: ${DEFAULT-VALUE}).")
  int sensitivityPaths;

  @Option(
      names = "--coverage",
      description =
          "Check against what happened: how often the observed monthly deaths per region fall inside"
              + " each policy's 80%% band, beside the plain forecast's (months with data only).")
  boolean coverage;

  @Option(
      names = "--record",
      description =
          "Record each policy's simulated decisions in the store's SIMULATED ledger (never mixed with"
              + " real ones; list them with 'handover decisions --kind simulated'): for every region"
              + " at least half the paths transfer, the median month.")
  boolean record;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    ahead.check(spec);
    OptionChecks.between(spec, "--sensitivity-paths", sensitivityPaths, 1, OptionChecks.MAX_PATHS);
    Assumptions assumptions = assumptions();
    List<Path> files = policies.isEmpty() ? ScenarioRun.builtInPolicyFiles() : policies;
    Path postureFile = posture != null ? posture : ScenarioRun.builtInPosture();
    try (Store s =
        record
            ? store.openForWriting(spec.commandLine().getErr())
            : store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force);
      output.check(guard);
      List<Policy> read = ScenarioRun.read(files);
      Workspace ws = store.workspace(s);
      YearMonth month = asOf.month(ws);
      ForecastRun run = forecast.run(s, ws);
      Scenario scenario =
          ScenarioRun.build(ws, run, postureFile, month, ahead.horizon, ahead.lookback);
      int threads = Parallelism.defaultThreads();
      Comparison c =
          Comparison.run(scenario, read, assumptions, forecast.paths, forecast.seed, threads);
      if (sensitivity) {
        c = c.withSensitivity(scenario, sensitivityPaths, forecast.seed, threads);
      }
      List<InputRef> inputs = new ArrayList<>();
      for (Path f : files) {
        inputs.add(new InputRef(f.getFileName().toString(), ImportLog.sha256(f), "policy"));
      }
      inputs.add(
          new InputRef(
              postureFile.getFileName().toString(), ImportLog.sha256(postureFile), "posture"));
      Provenance provenance =
          ws.provenance()
              .withInputs(inputs)
              .withSeed(forecast.seed)
              .withNote(
                  "scenarios",
                  "policies simulated from "
                      + month.plusMonths(1)
                      + " on "
                      + forecast.paths
                      + " paths of the negative-binomial forecast, shifted by the effects model");
      if (record) {
        record(s, ws, month, c);
      }
      Comparison result = c;
      Optional<ComparePolicyOutput.Coverage> checked =
          coverage ? Optional.of(coverage(ws, run, month, c)) : Optional.empty();
      output.print(
          spec,
          guard,
          w ->
              ComparePolicyOutput.print(
                  output.format, result, scenario.inputs().posture(), checked, provenance, w));
    }
    return 0;
  }

  /**
   * Appends each policy's typical decisions to the SIMULATED ledger, in one transaction: per region
   * that at least half the paths transfer, the median month of its transfer, to the stage most
   * paths transfer it to. Decisions after the data's last month cannot be recorded (the ledger's
   * rule) and are listed.
   */
  private void record(Store s, Workspace ws, YearMonth month, Comparison c) {
    DecisionRecorder recorder =
        DecisionRecorder.of(s, ws.theaterName(), ws.benchmarkSet(), DecisionKind.SIMULATED);
    List<DecisionFields> fields = new ArrayList<>();
    List<String> beyond = new ArrayList<>();
    for (PolicyOutcome o : c.outcomes()) {
      if (!o.policy().rules(PolicyRule.ReplayDecisions.class).isEmpty()) {
        continue; // its decisions are the real ones, already in the real ledger
      }
      for (int r = 0; r < o.regions().size(); r++) {
        Optional<YearMonth> when = o.medianTransfer(r);
        int stage = o.transferStage(r);
        if (when.isEmpty() || stage < 0) {
          continue;
        }
        String region = o.regions().get(r).name();
        String stageId = o.stages().get(stage).id();
        if (!recorder.months().contains(when.get())) {
          beyond.add(o.policy().name() + " " + region + " " + when.get());
          continue;
        }
        java.time.LocalDate effective = when.get().atDay(1);
        String date = effective.toString();
        fields.add(
            new DecisionFields(
                String.join(
                    "/",
                    o.policy().name(),
                    LedgerEntry.defaultId(o.regions().get(r), stageId, effective),
                    "from-" + month + "-seed-" + o.seed() + "-paths-" + o.pathCount()),
                region,
                "",
                "",
                stageId,
                "",
                date,
                "policy " + o.policy().name() + " (simulated)",
                "",
                "handover compare from "
                    + month
                    + ", seed "
                    + o.seed()
                    + ", "
                    + o.pathCount()
                    + " paths",
                String.format(
                    java.util.Locale.ROOT,
                    "the median month over the paths that transfer it (%.0f%% of %d paths)",
                    100 * o.transferShare(r),
                    o.pathCount()),
                ""));
      }
    }
    List<LedgerEntry> recorded = recorder.recordAll(fields, month);
    spec.commandLine()
        .getErr()
        .println(
            "recorded "
                + recorded.size()
                + " simulated decision(s) in the SIMULATED ledger (handover decisions --kind"
                + " simulated)"
                + (beyond.isEmpty()
                    ? ""
                    : "; not recorded, after the last month with data: "
                        + String.join(", ", beyond)));
  }

  /** Each policy's 80% band and the plain forecast's, against the observed deaths. */
  private ComparePolicyOutput.Coverage coverage(
      Workspace ws, ForecastRun run, YearMonth month, Comparison c) {
    double[][] observed =
        ScenarioRun.observed(ws, run.variable(), month.plusMonths(1), ahead.horizon);
    Forecast plain = run.forecast(month, ahead.horizon, forecast.paths, forecast.seed);
    BandCoverage baseline =
        BandCoverage.of(
            (r, s) -> plain.paths().samples(r, s),
            observed,
            PolicyOutcome.LOWER,
            PolicyOutcome.UPPER);
    Map<String, BandCoverage> byPolicy = new LinkedHashMap<>();
    for (PolicyOutcome o : c.outcomes()) {
      byPolicy.put(
          o.policy().name(),
          BandCoverage.of(
              o::regionDeathsSample, observed, PolicyOutcome.LOWER, PolicyOutcome.UPPER));
    }
    return new ComparePolicyOutput.Coverage(byPolicy, baseline);
  }

  private Assumptions assumptions() {
    Assumptions a = Assumptions.defaults();
    if (noEffects) {
      a = a.withoutEffects();
    }
    for (String text : assume) {
      int eq = text.indexOf('=');
      if (eq < 1) {
        throw new ParameterException(
            spec.commandLine(),
            "--assume expects NAME=VALUE or NAME=LOW..HIGH, not '" + text + "'");
      }
      String name = text.substring(0, eq).strip();
      String value = text.substring(eq + 1).strip();
      Assumption base;
      try {
        base = a.get(name);
      } catch (org.handover.engine.HandoverException e) {
        throw new ParameterException(spec.commandLine(), "--assume: " + e.getMessage());
      }
      try {
        int dots = value.indexOf("..");
        if (dots >= 0) {
          double lo = StrictNumber.parse(value.substring(0, dots));
          double hi = StrictNumber.parse(value.substring(dots + 2));
          if (!(lo <= hi)) {
            throw new ParameterException(
                spec.commandLine(), "--assume " + name + ": the low end " + lo + " is above " + hi);
          }
          a = a.with(base.over(lo, hi));
        } else {
          a = a.with(base.fixedAt(StrictNumber.parse(value)));
        }
      } catch (NumberFormatException e) {
        throw new ParameterException(
            spec.commandLine(), "--assume " + name + ": '" + value + "' is not a number");
      }
    }
    return a;
  }
}
