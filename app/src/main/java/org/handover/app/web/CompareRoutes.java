package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiName;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handover.app.output.ComparePolicyOutput;
import org.handover.app.output.OutputFormat;
import org.handover.app.workspace.ForecastRun;
import org.handover.app.workspace.ScenarioRun;
import org.handover.app.workspace.Workspace;
import org.handover.engine.forecast.Parallelism;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.scenario.Assumptions;
import org.handover.engine.scenario.Comparison;
import org.handover.engine.scenario.Policy;
import org.handover.engine.scenario.PolicyOutcome;
import org.handover.engine.scenario.Scenario;
import org.handover.io.imports.ImportLog;

/**
 * The policy comparison of {@code handover compare}, with the built-in policies and posture, as a
 * background job: POST starts it, GET polls its progress and brings its result, which is {@code
 * handover compare --as-of M --paths N --seed S --format json}.
 */
final class CompareRoutes {
  static final int MAX_PATHS = 100_000;

  private final StateHolder state;
  private final Jobs jobs;

  CompareRoutes(StateHolder state, Jobs jobs) {
    this.state = state;
    this.jobs = jobs;
  }

  void register(Routes r) {
    r.post("/api/comparisons", Need.ANALYSE, this::start);
    r.get("/api/jobs/{id}", Need.ANALYSE, this::poll);
  }

  /** A comparison to run; every field optional. */
  record CompareRequest(@OpenApiName("as_of") String asOf, Integer paths, Long seed) {}

  /** A started job and where to poll it. */
  record Started(String id, String poll) {}

  @OpenApi(
      path = "/api/comparisons",
      methods = HttpMethod.POST,
      summary =
          "Start the policy comparison (the built-in policies over the same forecast paths) as a"
              + " background job",
      tags = "comparisons",
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = CompareRequest.class)),
      responses = {
        @OpenApiResponse(status = "202", content = @OpenApiContent(from = Started.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void start(Context ctx) {
    CompareRequest req = Bodies.read(ctx, CompareRequest.class);
    TheaterState s = state.get();
    YearMonth month = s.month("as_of", req.asOf());
    int paths = req.paths() == null ? ForecastRun.DEFAULT_PATHS : req.paths();
    if (paths < 1 || paths > MAX_PATHS) {
      throw ApiError.badRequest("paths must be between 1 and " + MAX_PATHS + ", not " + paths);
    }
    long seed = req.seed() == null ? ForecastRun.DEFAULT_SEED : req.seed();
    Workspace ws = s.workspace();
    Optional<YearMonth> fitFrom = s.forecastFitFrom();
    Jobs.Job job =
        jobs.submit(
            "comparison",
            Guard.session(ctx).user().name(),
            progress -> compare(ws, fitFrom, month, paths, seed, progress));
    ctx.status(202)
        .header("Location", "/api/jobs/" + job.id)
        .json(new Started(job.id, "/api/jobs/" + job.id));
  }

  private static String compare(
      Workspace ws,
      Optional<YearMonth> fitFrom,
      YearMonth month,
      int paths,
      long seed,
      Jobs.Progress progress) {
    List<Path> files = ScenarioRun.builtInPolicyFiles();
    Path postureFile = ScenarioRun.builtInPosture();
    List<Policy> policies = ScenarioRun.read(files);
    int total = policies.size() + 1;
    progress.step("fitting the forecast model", 0, total);
    ForecastRun run = ForecastRun.of(ws, ForecastRun.DEFAULT_VARIABLE, fitFrom);
    Scenario scenario =
        ScenarioRun.build(
            ws, run, postureFile, month, ForecastRun.OUTLOOK_HORIZON, ForecastRun.DEFAULT_LOOKBACK);
    List<String> nations = Scenario.nations(scenario.inputs().posture(), policies);
    List<PolicyOutcome> outcomes = new ArrayList<>();
    int threads = Parallelism.defaultThreads();
    for (int i = 0; i < policies.size(); i++) {
      Policy p = policies.get(i);
      progress.step("simulating policy " + p.name(), i + 1, total);
      outcomes.add(scenario.run(p, nations, Assumptions.defaults(), paths, seed, threads));
    }
    Comparison c = new Comparison(outcomes, List.of(), 0);
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
            .withSeed(seed)
            .withNote(
                "scenarios",
                "policies simulated from "
                    + month.plusMonths(1)
                    + " on "
                    + paths
                    + " paths of the negative-binomial forecast, shifted by the effects model");
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      ComparePolicyOutput.print(
          OutputFormat.json, c, scenario.inputs().posture(), Optional.empty(), provenance, w);
    }
    progress.step("done", total, total);
    return out.toString();
  }

  @OpenApi(
      path = "/api/jobs/{id}",
      methods = HttpMethod.GET,
      summary =
          "A job's state and progress; when done, its result (the comparison's JSON, as handover"
              + " compare --format json) under 'result'",
      tags = "comparisons",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Jobs.JobStatus.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void poll(Context ctx) {
    Jobs.Job job =
        jobs.find(ctx.pathParam("id"))
            .orElseThrow(() -> ApiError.notFound("no job " + ctx.pathParam("id")));
    String status;
    try {
      status = Bodies.JSON.writeValueAsString(job.status());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a job's status is JSON", e);
    }
    String result = job.result;
    String json =
        result == null
            ? status
            : status.substring(0, status.length() - 1) + ",\"result\":" + result.strip() + "}";
    ctx.contentType("application/json").result(json);
  }
}
