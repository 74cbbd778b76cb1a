package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiName;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.time.MonthRange;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.imports.decisions.DecisionFields;
import org.handover.io.imports.decisions.DecisionRecorder;

/** Recording a real decision, as {@code handover decide} does (analysts only). */
final class DecisionRoutes {
  private final SharedStore store;
  private final StateHolder state;

  DecisionRoutes(SharedStore store, StateHolder state) {
    this.store = store;
    this.state = state;
  }

  void register(Routes r) {
    r.post("/api/decisions", Need.ANALYSE, this::decide);
  }

  /** A decision to record: the fields of {@code handover decide}, by their JSON names. */
  record DecisionRequest(
      String region,
      @OpenApiName("to_stage") String toStage,
      String effective,
      @OpenApiName("decided_by") String decidedBy,
      String announced,
      @OpenApiName("from_stage") String fromStage,
      @OpenApiName("agreed_by") List<String> agreedBy,
      String source,
      String note,
      String part,
      String supersedes,
      String id,
      @OpenApiName("as_of") String asOf) {}

  /** What was recorded. */
  record Recorded(
      String id,
      String region,
      @OpenApiName("to_stage") String toStage,
      String effective,
      @OpenApiName("basis_set") String basisSet,
      @OpenApiName("basis_as_of") String basisAsOf) {}

  private static final Map<String, String> FIELD_NAMES =
      Map.of(
          "region", "region",
          "to_stage", "to_stage",
          "from_stage", "from_stage",
          "effective", "effective",
          "announced", "announced",
          "supersedes", "supersedes",
          "id", "id");

  @OpenApi(
      path = "/api/decisions",
      methods = HttpMethod.POST,
      summary =
          "Record a real decision in the ledger (as handover decide): checked like an import,"
              + " audited",
      tags = "decisions",
      requestBody =
          @OpenApiRequestBody(
              required = true,
              content = @OpenApiContent(from = DecisionRequest.class)),
      responses = {
        @OpenApiResponse(status = "201", content = @OpenApiContent(from = Recorded.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void decide(Context ctx) {
    DecisionRequest req = Bodies.read(ctx, DecisionRequest.class);
    Bodies.required("region", req.region());
    Bodies.required("to_stage", req.toStage());
    Bodies.required("effective", req.effective());
    Bodies.required("decided_by", req.decidedBy());
    for (String f :
        new String[] {
          req.announced(),
          req.fromStage(),
          req.source(),
          req.note(),
          req.part(),
          req.supersedes(),
          req.id(),
          req.asOf()
        }) {
      Bodies.optional("field", f);
    }
    List<String> agreed = req.agreedBy() == null ? List.of() : req.agreedBy();
    if (agreed.size() > 50) {
      throw ApiError.badRequest("field 'agreed_by' lists more than 50 parties");
    }
    agreed.forEach(a -> Bodies.required("agreed_by", a));
    String actor = Guard.session(ctx).user().name();
    LedgerEntry e =
        store.with(
            s -> {
              BenchmarkSet set = BenchmarkSetReader.read(state.benchmarkSet());
              DecisionRecorder recorder = DecisionRecorder.of(s, state.theater(), set);
              YearMonth basis = basisMonth(req, recorder.months());
              DecisionFields f =
                  new DecisionFields(
                      req.id(),
                      req.region(),
                      req.part(),
                      req.fromStage(),
                      req.toStage(),
                      req.announced(),
                      req.effective(),
                      req.decidedBy(),
                      String.join(";", agreed),
                      req.source(),
                      req.note(),
                      req.supersedes());
              return recorder.record(f, basis, FIELD_NAMES, actor);
            });
    state.reload();
    ctx.status(201)
        .json(
            new Recorded(
                e.id(),
                e.region().name(),
                e.toStage(),
                e.effective().toString(),
                e.basis().map(b -> b.benchmarkSet()).orElse(null),
                e.basis().map(b -> b.asOf().toString()).orElse(null)));
  }

  private static YearMonth basisMonth(DecisionRequest req, MonthRange months) {
    if (req.asOf() != null && !req.asOf().isBlank()) {
      YearMonth m;
      try {
        m = YearMonth.parse(req.asOf().strip());
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest("as_of '" + req.asOf() + "' is not a month (YYYY-MM)");
      }
      if (!months.contains(m)) {
        throw ApiError.badRequest("as_of " + m + " is outside the data (" + months + ")");
      }
      return m;
    }
    try {
      YearMonth month = YearMonth.from(LocalDate.parse(req.effective().strip()));
      return months.contains(month) ? month : months.last();
    } catch (DateTimeParseException e) {
      return months.last(); // the checks reject the date, naming the field
    }
  }
}
