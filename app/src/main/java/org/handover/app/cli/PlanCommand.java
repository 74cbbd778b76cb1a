package org.handover.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.handover.app.output.OutputFormat;
import org.handover.app.output.SolvedPlanOutput;
import org.handover.app.workspace.PlanRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.plan.GeneratedProblem;
import org.handover.engine.plan.PlanConstraints;
import org.handover.engine.plan.PlanSolver;
import org.handover.engine.plan.PlanVersion;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.plan.PlanningProblem;
import org.handover.engine.plan.SignOff;
import org.handover.engine.plan.SolveOptions;
import org.handover.engine.plan.SolvedPlan;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.audit.AuditLog;
import org.handover.io.config.PlanConstraintsReader;
import org.handover.io.files.OutputGuard;
import org.handover.io.imports.ImportLog;
import org.handover.io.plan.PlanAudit;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Chooses each region's transition month and the foreign posture that follows, by CP-SAT. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Plan each region's move to its next stage from the month after --as-of: the months and"
            + " tranches that cost least (relapse risk from forecast paths, foreign troop-months,"
            + " delay) under the limits of a constraints file, solved by OR-Tools CP-SAT, with"
            + " what binds each region and the posture that follows (docs/planning.md). With --save"
            + " the plan becomes the next draft version of a named plan, for both parties to sign.",
    subcommands = {
      PlanSaveCommand.class,
      PlanShowCommand.class,
      PlanListCommand.class,
      PlanProposeCommand.class,
      PlanSignCommand.class,
      PlanDiffCommand.class
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ForecastOptions forecast;
  @Mixin AsOfOption asOf;
  @Mixin PathHorizonOptions ahead;

  @Option(
      names = "--constraints",
      paramLabel = "FILE",
      description =
          "The constraints file (default: the built-in Iraq one, planning from mid-2007).")
  Path constraints;

  @Option(
      names = "--posture",
      paramLabel = "FILE",
      description = "Where the starting posture comes from (default: the built-in Iraq one).")
  Path posture;

  @Option(
      names = "--time-limit",
      defaultValue = "" + SolveOptions.DEFAULT_TIME_LIMIT,
      paramLabel = "SECONDS",
      description =
          "The most work the solver may do, in CP-SAT's deterministic seconds (about seconds on"
              + " one core), so that the plan does not depend on the machine's load (default:"
              + " ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(
      names = "--workers",
      defaultValue = "" + SolveOptions.DEFAULT_WORKERS,
      paramLabel = "N",
      description =
          "CP-SAT's search workers, interleaved deterministically (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(
      names = "--wall-limit",
      defaultValue = "0",
      paramLabel = "SECONDS",
      description =
          "Also stop after this many wall-clock seconds (default: no such limit). A plan stopped by"
              + " it may differ from run to run; the plan says so.")
  double wallLimit;

  @Option(
      names = "--save",
      paramLabel = "NAME",
      description =
          "Also save the plan as the next version of plan NAME (a draft; see plan propose and plan"
              + " sign). Saving the current content again makes no version.")
  String save;

  @Option(names = "--by", paramLabel = "WHO", description = "Who saves the plan (with --save).")
  String by;

  /** A GENERATED problem of N regions on a grid, to measure the solver (bench/RESULTS.md). */
  @Option(names = "--generated", hidden = true, paramLabel = "N")
  Integer generated;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    ahead.check(spec);
    OptionChecks.between(spec, "--workers", workers, 1, 64);
    if (!(timeLimit > 0 && timeLimit <= 3600)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--time-limit must be more than 0 and at most 3600, not " + timeLimit);
    }
    if (!(wallLimit >= 0 && wallLimit <= 86_400)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--wall-limit must be 0 to 86400 seconds, not " + wallLimit);
    }
    if ((save == null) != (by == null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--save NAME and --by WHO go together: who saves which plan");
    }
    if (save != null) {
      PlanVersion.requireName(save);
    }
    SolveOptions options = new SolveOptions(forecast.seed, workers, timeLimit, wallLimit);
    Path file = constraints != null ? constraints : PlanRun.builtInConstraints();
    if (generated != null) {
      if (save != null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "a GENERATED problem is for measuring the solver: it is not saved");
      }
      return generated(file, options);
    }
    Path postureFile =
        posture != null ? posture : org.handover.app.workspace.ScenarioRun.builtInPosture();
    try (Store s = store.open(spec.commandLine().getErr())) {
      OutputGuard guard = store.outputs(s, output.force).keeping(file, "the constraints file");
      output.check(guard);
      Workspace ws = store.workspace(s);
      YearMonth month = asOf.month(ws);
      PlanRun run =
          PlanRun.build(
              ws,
              new TheaterReader(s),
              forecast.run(s, ws),
              file,
              postureFile,
              month,
              ahead.horizon,
              forecast.paths,
              forecast.seed,
              ahead.lookback);
      SolvedPlan plan = PlanSolver.solve(run.problem(), options);
      Provenance provenance =
          run.risks()
              .provenance(
                  ws.provenance()
                      .withInputs(
                          List.of(
                              new InputRef(
                                  file.getFileName().toString(),
                                  ImportLog.sha256(file),
                                  "plan constraints"),
                              new InputRef(
                                  postureFile.getFileName().toString(),
                                  ImportLog.sha256(postureFile),
                                  "posture"))))
              .withNote("plan", note(plan, month));
      output.print(
          spec,
          guard,
          w -> SolvedPlanOutput.print(output.format, plan, run.posture().method(), provenance, w));
      if (save != null) {
        StringWriter json = new StringWriter();
        try (PrintWriter w = new PrintWriter(json)) {
          SolvedPlanOutput.print(OutputFormat.json, plan, run.posture().method(), provenance, w);
        }
        document = json.toString();
        transitions = plan.transitions();
        source =
            "handover plan --as-of "
                + month
                + " --horizon "
                + ahead.horizon
                + ", constraints "
                + file.getFileName()
                + " (sha256 "
                + ImportLog.sha256(file)
                + "), seed "
                + forecast.seed;
      }
    }
    if (save != null) {
      saveVersion();
    }
    return 0;
  }

  private String document;
  private List<PlannedTransition> transitions;
  private String source;

  /**
   * The plan as the next version of plan {@link #save}: after the read-only work, in a write of its
   * own, as {@code plan save} does.
   */
  private void saveVersion() {
    PrintWriter err = spec.commandLine().getErr();
    try (Store s = store.openForWriting(err)) {
      SignOff.Saved saved =
          PlanStore.of(s, store.theater(s))
              .save(
                  save,
                  transitions,
                  document,
                  by,
                  PlanTime.now(),
                  source,
                  PlanAudit.saved(AuditLog.commandLineActor(), save));
      PlanVersion v = saved.version().version();
      err.printf(
          saved.unchanged()
              ? "plan %s version %d has this content already (sha256 %s): nothing saved%n"
              : "saved as plan %s version %d (DRAFT, sha256 %s)%n",
          save,
          v.version(),
          v.sha256());
      err.flush();
    }
  }

  private int generated(Path file, SolveOptions options) throws IOException {
    OptionChecks.between(spec, "--generated", generated, 1, 100_000);
    OutputGuard guard = OutputGuard.of(output.force.force).keeping(file, "the constraints file");
    output.check(guard);
    List<RegionId> ids = new java.util.ArrayList<>();
    for (int r = 1; r <= generated; r++) {
      ids.add(RegionId.of(String.format("G%04d", r)));
    }
    PlanConstraints c =
        PlanConstraintsReader.read(
            file,
            RegionResolver.of(ids, java.util.Map.of()),
            List.of("LOCAL_LEAD", "LOCAL_CONTROL"));
    YearMonth first = YearMonth.of(2030, 1);
    PlanningProblem problem =
        GeneratedProblem.of(generated, ahead.horizon, forecast.seed, first, c);
    SolvedPlan plan = PlanSolver.solve(problem, options);
    Provenance provenance =
        Provenance.of(
                List.of(
                    new InputRef(
                        file.getFileName().toString(), ImportLog.sha256(file), "plan constraints")))
            .withSeed(forecast.seed)
            .withNote(
                "generated",
                "GENERATED problem of "
                    + generated
                    + " regions on a grid, seed "
                    + forecast.seed
                    + ": not data about any place, for measuring the solver")
            .withNote("plan", note(plan, first.minusMonths(1)));
    output.print(
        spec,
        guard,
        w ->
            SolvedPlanOutput.print(
                output.format, plan, "GENERATED troops, not data about any place", provenance, w));
    return 0;
  }

  private static String note(SolvedPlan plan, YearMonth asOf) {
    return PlanRun.solverNote(plan, asOf);
  }
}
