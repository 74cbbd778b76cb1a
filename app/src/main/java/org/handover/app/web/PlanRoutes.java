package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.handover.app.output.OutputFormat;
import org.handover.app.output.PlanDiffOutput;
import org.handover.app.output.PlanOutput;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.plan.Party;
import org.handover.engine.plan.Plan;
import org.handover.engine.plan.PlanVersion;
import org.handover.engine.plan.PlannedTransition;
import org.handover.engine.plan.SignOff;
import org.handover.engine.plan.SignOffException;
import org.handover.io.access.Role;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.plan.PlanAudit;
import org.handover.io.plan.PlanFile;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.TheaterReader;

/**
 * Plans and their sign-off, as {@code handover plan} does: reading them (any reader), saving and
 * proposing versions (analysts), signing (a signatory, for the party of their role). Every change
 * is audited in the transaction that makes it.
 */
final class PlanRoutes {
  /** The largest plan document taken over the web. */
  static final int MAX_DOCUMENT_BYTES = 1 << 20;

  private final SharedStore store;
  private final StateHolder state;
  private final Jobs jobs;

  PlanRoutes(SharedStore store, StateHolder state, Jobs jobs) {
    this.store = store;
    this.state = state;
    this.jobs = jobs;
  }

  void register(Routes r) {
    r.get("/api/plans", Need.READ, this::list);
    r.get("/api/plans/{name}", Need.READ, this::show);
    r.get("/api/plans/{name}/diff", Need.READ, this::diff);
    r.post("/api/plans/{name}", Need.ANALYSE, this::save);
    r.post("/api/plans/{name}/propose", Need.ANALYSE, this::propose);
    r.post("/api/plans/{name}/sign", Need.SIGN, this::sign);
  }

  /** A version to propose. */
  record ProposeRequest(Integer version) {}

  /** A version to sign, and optionally the content hash the signatory read. */
  record SignRequest(Integer version, String sha256) {}

  /** What a change did. */
  record Changed(
      String plan,
      int version,
      String status,
      String sha256,
      boolean unchanged,
      String party,
      String signatory,
      boolean agreed,
      List<String> decisions) {}

  @OpenApi(
      path = "/api/plans",
      methods = HttpMethod.GET,
      summary = "The theater's plans: handover plan list --format json",
      tags = "plans",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")))
  void list(Context ctx) {
    String theater = state.theater();
    String json =
        store.with(
            s -> {
              PlanStore plans = PlanStore.of(s, theater);
              List<Plan> all = plans.names().stream().map(plans::load).toList();
              return print(w -> PlanOutput.list(OutputFormat.json, theater, all, w));
            });
    ctx.contentType("application/json").result(json);
  }

  @OpenApi(
      path = "/api/plans/{name}",
      methods = HttpMethod.GET,
      summary =
          "A version of a plan (default: the current one): handover plan show NAME [--version V]"
              + " --format json",
      tags = "plans",
      pathParams = @OpenApiParam(name = "name", required = true),
      queryParams = @OpenApiParam(name = "version", type = Integer.class),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void show(Context ctx) {
    String theater = state.theater();
    Optional<Integer> version = number("version", ctx.queryParam("version"));
    String json =
        store.with(
            s -> {
              Plan plan = load(PlanStore.of(s, theater), ctx.pathParam("name"));
              int v = version.isPresent() ? plan.version(version.get()).number() : current(plan);
              return print(w -> PlanOutput.show(OutputFormat.json, theater, plan, v, w));
            });
    ctx.contentType("application/json").result(json);
  }

  @OpenApi(
      path = "/api/plans/{name}/diff",
      methods = HttpMethod.GET,
      summary = "Two versions of a plan compared: handover plan diff NAME FROM TO --format json",
      tags = "plans",
      pathParams = @OpenApiParam(name = "name", required = true),
      queryParams = {
        @OpenApiParam(name = "from", type = Integer.class, required = true),
        @OpenApiParam(name = "to", type = Integer.class, required = true)
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void diff(Context ctx) {
    String theater = state.theater();
    int from =
        number("from", ctx.queryParam("from"))
            .orElseThrow(() -> ApiError.badRequest("query parameter 'from' is required"));
    int to =
        number("to", ctx.queryParam("to"))
            .orElseThrow(() -> ApiError.badRequest("query parameter 'to' is required"));
    String json =
        store.with(
            s -> {
              Plan plan = load(PlanStore.of(s, theater), ctx.pathParam("name"));
              return print(
                  w -> PlanDiffOutput.print(OutputFormat.json, theater, plan, from, to, w));
            });
    ctx.contentType("application/json").result(json);
  }

  @OpenApi(
      path = "/api/plans/{name}",
      methods = HttpMethod.POST,
      summary =
          "Save a plan document as the next version (a draft; the plan is made if new), as"
              + " handover plan save NAME --from FILE: an object with a transitions array of"
              + " {region, from_stage, to_stage, month, tranche}; other fields are kept. With"
              + " ?job=ID and no body, the result of a plan job of POST /api/plans/solve, byte for"
              + " byte. Audited",
      tags = "plans",
      pathParams = @OpenApiParam(name = "name", required = true),
      queryParams = @OpenApiParam(name = "job"),
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(type = "object")),
      responses = {
        @OpenApiResponse(status = "201", content = @OpenApiContent(from = Changed.class)),
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Changed.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "409", content = @OpenApiContent(from = ErrorBody.class))
      })
  void save(Context ctx) {
    String name = PlanVersion.requireName(ctx.pathParam("name"));
    String actor = Guard.session(ctx).user().name();
    String jobId = ctx.queryParam("job");
    String text;
    String source;
    if (jobId != null) {
      Jobs.Job job = solved(jobId, ctx.bodyAsBytes().length);
      text = job.result;
      source = job.about + ", solved by the server (job " + job.id + ") for " + job.owner;
    } else {
      text = document(ctx);
      source = "web upload by " + actor + " (sha256 " + sha256(ctx.bodyAsBytes()) + ")";
    }
    String theater = state.theater();
    List<String> stages =
        BenchmarkSetReader.read(state.benchmarkSet()).stages().stream().map(Stage::id).toList();
    SignOff.Saved saved =
        store.with(
            s -> {
              List<PlannedTransition> transitions =
                  PlanFile.transitions(
                      text, "plan document", new TheaterReader(s).resolver(theater), stages);
              return PlanStore.of(s, theater)
                  .save(
                      name, transitions, text, actor, now(), source, PlanAudit.saved(actor, name));
            });
    PlanVersion v = saved.version().version();
    ctx.status(saved.unchanged() ? 200 : 201)
        .json(
            new Changed(
                name,
                v.version(),
                saved.version().status().name(),
                v.sha256(),
                saved.unchanged(),
                null,
                null,
                false,
                List.of()));
  }

  /** A plan job that has its result: what {@code ?job=ID} saves, byte for byte. */
  private Jobs.Job solved(String id, int bodyBytes) {
    if (bodyBytes > 0) {
      throw ApiError.badRequest("with ?job=ID the plan is the job's result: send no body");
    }
    Jobs.Job job =
        jobs.find(id)
            .filter(j -> j.kind.equals(PlanSolveRoutes.KIND))
            .orElseThrow(
                () ->
                    ApiError.notFound(
                        "no plan job "
                            + id
                            + " (the server keeps the last 50 jobs until it stops)"));
    if (job.result == null) {
      throw new ApiError(
          409,
          "plan job "
              + id
              + " has no plan to save: it is "
              + job.state
              + (job.error == null ? "" : " (" + job.error + ")"));
    }
    return job;
  }

  @OpenApi(
      path = "/api/plans/{name}/propose",
      methods = HttpMethod.POST,
      summary =
          "Propose a version for signature (it must be the current one), as handover plan"
              + " propose. Audited",
      tags = "plans",
      pathParams = @OpenApiParam(name = "name", required = true),
      requestBody =
          @OpenApiRequestBody(
              required = true,
              content = @OpenApiContent(from = ProposeRequest.class)),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Changed.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "409", content = @OpenApiContent(from = ErrorBody.class))
      })
  void propose(Context ctx) {
    String name = PlanVersion.requireName(ctx.pathParam("name"));
    ProposeRequest req = Bodies.read(ctx, ProposeRequest.class);
    int version = requiredVersion(req.version());
    String actor = Guard.session(ctx).user().name();
    String theater = state.theater();
    SignOff.Proposal p =
        signOff(
            () ->
                store.with(
                    s ->
                        PlanStore.of(s, theater)
                            .propose(
                                name, version, actor, now(), PlanAudit.proposed(actor, name))));
    PlanVersion v = p.version().version();
    ctx.json(
        new Changed(
            name,
            v.version(),
            p.version().status().name(),
            v.sha256(),
            p.alreadyProposed(),
            null,
            null,
            false,
            List.of()));
  }

  @OpenApi(
      path = "/api/plans/{name}/sign",
      methods = HttpMethod.POST,
      summary =
          "Sign a proposed version for the party of the signed-in signatory's role (host or"
              + " partner), as handover plan sign; the second party's signature agrees it and"
              + " appends its transitions to the planned decision ledger in the same transaction."
              + " A broken sign-off rule answers 409 naming it. Audited",
      tags = "plans",
      pathParams = @OpenApiParam(name = "name", required = true),
      requestBody =
          @OpenApiRequestBody(required = true, content = @OpenApiContent(from = SignRequest.class)),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Changed.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "409", content = @OpenApiContent(from = ErrorBody.class))
      })
  void sign(Context ctx) {
    String name = PlanVersion.requireName(ctx.pathParam("name"));
    SignRequest req = Bodies.read(ctx, SignRequest.class);
    int version = requiredVersion(req.version());
    Optional<String> hash =
        Optional.ofNullable(Bodies.optional("sha256", req.sha256())).filter(h -> !h.isBlank());
    var user = Guard.session(ctx).user();
    Party party = partyOf(user.role());
    String theater = state.theater();
    PlanStore.Signed signed =
        signOff(
            () ->
                store.with(
                    s ->
                        PlanStore.of(s, theater)
                            .sign(
                                name,
                                version,
                                party,
                                user.name(),
                                hash,
                                now(),
                                PlanAudit.signed(user.name(), name, version, party))));
    SignOff.Signing g = signed.signing();
    var v = g.plan().version(version);
    ctx.json(
        new Changed(
            name,
            version,
            v.status().name(),
            v.version().sha256(),
            g.alreadySigned(),
            party.name(),
            g.signature().signatory(),
            g.agreed(),
            signed.decisions().stream().map(e -> e.id()).toList()));
  }

  /** The party a signatory's role signs for; other roles sign for none. */
  static Party partyOf(Role role) {
    return switch (role) {
      case HOST_SIGNATORY -> Party.HOST;
      case PARTNER_SIGNATORY -> Party.PARTNER;
      default ->
          throw new ApiError(
              403, "your role (" + role.id() + ") signs for neither the host nor the partner");
    };
  }

  /** An audit entry's subject and details: the plan's name and version, the content's hash. */
  /** A sign-off rule broken is a conflict with the plan's state: 409, naming the rule. */
  private static <T> T signOff(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (SignOffException e) {
      throw new ApiError(409, e.getMessage());
    }
  }

  private static Plan load(PlanStore plans, String name) {
    Optional<Plan> plan = plans.find(name);
    if (plan.isEmpty()) {
      try {
        plans.load(name);
      } catch (HandoverException e) {
        throw new ApiError(404, e.getMessage());
      }
    }
    return plan.orElseThrow();
  }

  private static int current(Plan plan) {
    return plan.current().number();
  }

  private static int requiredVersion(Integer version) {
    if (version == null) {
      throw ApiError.badRequest("field 'version' is required");
    }
    return version;
  }

  private static Optional<Integer> number(String name, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("query parameter '" + name + "' is not a number: '" + text + "'");
    }
  }

  /** The body: a JSON plan document in UTF-8, at most {@link #MAX_DOCUMENT_BYTES}. */
  private static String document(Context ctx) {
    String contentType = ctx.contentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      throw ApiError.badRequest("send the plan document as JSON (Content-Type: application/json)");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_DOCUMENT_BYTES) {
      throw new ApiError(
          413,
          "the plan document is larger than "
              + MAX_DOCUMENT_BYTES
              + " bytes: save it with handover plan save");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiError.badRequest("the plan document is not UTF-8 text");
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Database times keep microseconds. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static String print(Consumer<PrintWriter> output) {
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      output.accept(w);
    }
    return out.toString();
  }
}
