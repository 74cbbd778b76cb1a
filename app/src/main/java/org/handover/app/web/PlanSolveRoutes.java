package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiName;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.handover.app.output.OutputFormat;
import org.handover.app.output.SolvedPlanOutput;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.PlanRun;
import org.handover.app.workspace.ScenarioRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.plan.PlanConstraints;
import org.handover.engine.plan.PlanSolver;
import org.handover.engine.plan.SolveOptions;
import org.handover.engine.plan.SolvedPlan;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.config.PlanConstraintsReader;
import org.handover.io.imports.ImportLog;
import org.handover.io.store.TheaterReader;

/**
 * The planner of {@code handover plan} as a background job: POST starts it, {@code GET
 * /api/jobs/{id}} shows its progress and brings its result, which is {@code handover plan --as-of M
 * --horizon H [--constraints FILE] --seed S --time-limit T --format json}. The constraints are
 * checked before the job starts, so a mistake in them is a 400 naming line and key, not a failed
 * job.
 */
final class PlanSolveRoutes {
  /** The most deterministic seconds a plan may take here: one job runs at a time. */
  static final double MAX_TIME_LIMIT = 600;

  /** The job kind, which {@code POST /api/plans/{name}?job=ID} accepts. */
  static final String KIND = "plan";

  private final SharedStore store;
  private final StateHolder state;
  private final Jobs jobs;

  PlanSolveRoutes(SharedStore store, StateHolder state, Jobs jobs) {
    this.store = store;
    this.state = state;
    this.jobs = jobs;
  }

  /** Registered before {@code POST /api/plans/{name}}, which would otherwise take "solve". */
  void register(Routes r) {
    r.post("/api/plans/solve", Need.ANALYSE, this::start);
  }

  /**
   * A plan to solve: {@code constraints} is the constraints YAML itself, or the name of a built-in
   * constraints file (default: the built-in Iraq one).
   */
  record SolveRequest(
      @OpenApiName("as_of") String asOf,
      Integer horizon,
      String constraints,
      Long seed,
      @OpenApiName("time_limit") Double timeLimit) {}

  /** The built-in constraints files, by file name. */
  static List<String> builtIn() {
    Path dir = PlanRun.builtInConstraints().getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** The constraints read, what the provenance says of them, and how errors name them. */
  private record Constraints(PlanConstraints constraints, InputRef input, String name) {}

  @OpenApi(
      path = "/api/plans/solve",
      methods = HttpMethod.POST,
      summary =
          "Start the planner (OR-Tools CP-SAT, as handover plan) as a background job; its result"
              + " under GET /api/jobs/{id} is handover plan --format json. constraints: the YAML"
              + " text, or the name of a built-in constraints file (default iraq-2007.yaml)",
      tags = "plans",
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = SolveRequest.class)),
      responses = {
        @OpenApiResponse(
            status = "202",
            content = @OpenApiContent(from = CompareRoutes.Started.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void start(Context ctx) {
    SolveRequest req = Bodies.read(ctx, SolveRequest.class);
    TheaterState s = state.get();
    YearMonth month = s.month("as_of", req.asOf());
    int horizon = req.horizon() == null ? ForecastRun.OUTLOOK_HORIZON : req.horizon();
    if (horizon < 1 || horizon > 120) {
      throw ApiError.badRequest("horizon must be 1 to 120 months, not " + horizon);
    }
    long seed = req.seed() == null ? ForecastRun.DEFAULT_SEED : req.seed();
    double timeLimit = req.timeLimit() == null ? SolveOptions.DEFAULT_TIME_LIMIT : req.timeLimit();
    if (!(timeLimit > 0 && timeLimit <= MAX_TIME_LIMIT)) {
      throw ApiError.badRequest(
          "time_limit must be more than 0 and at most "
              + (int) MAX_TIME_LIMIT
              + " (deterministic seconds; longer with handover plan), not "
              + timeLimit);
    }
    Workspace ws = s.workspace();
    Optional<YearMonth> fitFrom = s.forecastFitFrom();
    RegionResolver resolver = store.with(st -> new TheaterReader(st).resolver(ws.theaterName()));
    Constraints c = constraints(req.constraints(), resolver, ws.stageIds());
    SolveOptions options =
        new SolveOptions(seed, SolveOptions.DEFAULT_WORKERS, timeLimit, /* wall limit */ 0);
    String about =
        "handover plan --as-of "
            + month
            + " --horizon "
            + horizon
            + ", constraints "
            + c.input().name()
            + " (sha256 "
            + c.input().sha256()
            + "), seed "
            + seed
            + ", time limit "
            + timeLimit;
    Jobs.Job job =
        jobs.submit(
            KIND,
            Guard.session(ctx).user().name(),
            about,
            progress -> solve(ws, fitFrom, c, month, horizon, options, progress));
    ctx.status(202)
        .header("Location", "/api/jobs/" + job.id)
        .json(new CompareRoutes.Started(job.id, "/api/jobs/" + job.id));
  }

  /** A built-in file by its name (".yaml" may be left off), else the YAML text itself. */
  private static Constraints constraints(
      String given, RegionResolver resolver, List<String> stages) {
    String text = given == null || given.isBlank() ? null : given.strip();
    if (text == null) {
      return builtInFile(PlanRun.builtInConstraints(), resolver, stages);
    }
    if (!text.contains("\n") && !text.contains(":")) {
      List<String> names = builtIn();
      String name = text.endsWith(".yaml") ? text : text + ".yaml";
      if (!names.contains(name)) {
        throw ApiError.badRequest(
            "constraints: no built-in constraints file '"
                + text
                + "' (built-in: "
                + String.join(", ", names)
                + "); or send the constraints YAML itself");
      }
      return builtInFile(PlanRun.builtInConstraints().resolveSibling(name), resolver, stages);
    }
    byte[] yaml = given.getBytes(StandardCharsets.UTF_8);
    String name = "constraints";
    PlanConstraints read = PlanConstraintsReader.read(Path.of(name), yaml, resolver, stages);
    return new Constraints(
        read, new InputRef("constraints from the request", sha256(yaml), "plan constraints"), name);
  }

  private static Constraints builtInFile(Path file, RegionResolver resolver, List<String> stages) {
    return new Constraints(
        PlanConstraintsReader.read(file, resolver, stages),
        new InputRef(file.getFileName().toString(), ImportLog.sha256(file), "plan constraints"),
        file.toString());
  }

  /** What {@code handover plan --format json} prints for the same inputs. */
  private static String solve(
      Workspace ws,
      Optional<YearMonth> fitFrom,
      Constraints c,
      YearMonth month,
      int horizon,
      SolveOptions options,
      Jobs.Progress progress) {
    int total = 4;
    progress.step("fitting the forecast model", 0, total);
    ForecastRun run = ForecastRun.of(ws, ForecastRun.DEFAULT_VARIABLE, fitFrom);
    progress.step("outlook paths: each region's readiness and relapse risk by month", 1, total);
    Path postureFile = ScenarioRun.builtInPosture();
    PlanRun plan =
        PlanRun.build(
            ws,
            run,
            c.constraints(),
            c.name(),
            postureFile,
            month,
            horizon,
            ForecastRun.DEFAULT_PATHS,
            options.seed(),
            ForecastRun.DEFAULT_LOOKBACK);
    progress.step("solving (OR-Tools CP-SAT)", 2, total);
    SolvedPlan solved = PlanSolver.solve(plan.problem(), options);
    progress.step("writing the plan", 3, total);
    Provenance provenance =
        plan.risks()
            .provenance(
                ws.provenance()
                    .withInputs(
                        List.of(
                            c.input(),
                            new InputRef(
                                postureFile.getFileName().toString(),
                                ImportLog.sha256(postureFile),
                                "posture"))))
            .withNote("plan", PlanRun.solverNote(solved, month));
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      SolvedPlanOutput.print(OutputFormat.json, solved, plan.posture().method(), provenance, w);
    }
    progress.step("done", total, total);
    return out.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
