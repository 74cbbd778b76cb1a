package org.handover.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.handover.app.output.LedgerOutput;
import org.handover.app.output.OutputFormat;
import org.handover.app.workspace.Workspace;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.io.store.TheaterReader;

/**
 * What the report shows, as JSON: the theater, a month's assessment, a region's page data, the
 * history, the ledger. Each result is the command line's {@code --format json} for the same thing.
 */
final class DataRoutes {
  private final StateHolder state;
  private final SharedStore store;

  DataRoutes(StateHolder state, SharedStore store) {
    this.state = state;
    this.store = store;
  }

  void register(Routes r) {
    r.get("/api/theater", Need.READ, this::theater);
    r.get("/api/assessment", Need.READ, this::assessment);
    r.get("/api/regions/{region}", Need.READ, this::region);
    r.get("/api/history", Need.READ, this::history);
    r.get("/api/decisions", Need.READ, this::decisions);
  }

  @OpenApi(
      path = "/api/theater",
      methods = HttpMethod.GET,
      summary = "The theater: its regions, months of data, benchmark set and stages",
      tags = "data",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")))
  void theater(Context ctx) {
    Workspace ws = state.get().workspace();
    BenchmarkSet set = ws.benchmarkSet();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("theater", ws.theaterName());
    ObjectNode b = root.putObject("benchmark_set");
    b.put("name", set.name());
    b.put("version", set.version());
    b.put("sha256", set.sha256());
    ObjectNode months = root.putObject("months");
    months.put("first", ws.panel().months().first().toString());
    months.put("last", ws.panel().months().last().toString());
    ArrayNode stages = root.putArray("stages");
    ws.stageIds().forEach(stages::add);
    ArrayNode regions = root.putArray("regions");
    for (Region region : ws.theater().regions()) {
      regions.add(region.id().name());
    }
    ctx.contentType("application/json").result(root.toString());
  }

  @OpenApi(
      path = "/api/assessment",
      methods = HttpMethod.GET,
      summary =
          "Every region's assessment as of a month: handover assess --as-of MONTH --format json",
      tags = "data",
      queryParams =
          @OpenApiParam(
              name = "as_of",
              description = "YYYY-MM (default: the last month with data)",
              example = "2007-06"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void assessment(Context ctx) {
    TheaterState s = state.get();
    YearMonth m = s.month("as_of", ctx.queryParam("as_of"));
    ctx.contentType("application/json").result(s.assessmentBytes(m));
  }

  @OpenApi(
      path = "/api/regions/{region}",
      methods = HttpMethod.GET,
      summary =
          "One region's page data: its assessment as of a month (conditions, benchmarks with"
              + " values, recommendation, status), its history of stages and recommendations, and"
              + " its decisions",
      tags = "data",
      pathParams =
          @OpenApiParam(
              name = "region",
              required = true,
              description = "aliases work",
              example = "Basra"),
      queryParams =
          @OpenApiParam(
              name = "as_of",
              description = "YYYY-MM (default: the last month with data)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void region(Context ctx) {
    TheaterState s = state.get();
    RegionId id = s.region(ctx.pathParam("region"));
    YearMonth m = s.month("as_of", ctx.queryParam("as_of"));
    ctx.contentType("application/json").result(s.regionPage(m, id));
  }

  @OpenApi(
      path = "/api/history",
      methods = HttpMethod.GET,
      summary =
          "Conditions met, recommendation and status, region by region and month by month:"
              + " handover history --format json",
      tags = "data",
      queryParams = @OpenApiParam(name = "region", description = "only this region (aliases work)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void history(Context ctx) {
    TheaterState s = state.get();
    String region = ctx.queryParam("region");
    String json = region == null || region.isEmpty() ? s.history() : s.history(s.region(region));
    ctx.contentType("application/json").result(json);
  }

  @OpenApi(
      path = "/api/decisions",
      methods = HttpMethod.GET,
      summary =
          "The ledger of real decisions, or of planned or simulated ones: handover decisions"
              + " [--kind KIND] --format json",
      tags = "decisions",
      queryParams = {
        @OpenApiParam(name = "region", description = "only this region's entries"),
        @OpenApiParam(
            name = "kind",
            description = "real (default), planned (agreed plans) or simulated",
            example = "planned")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void decisions(Context ctx) {
    TheaterState s = state.get();
    String region = ctx.queryParam("region");
    List<RegionId> only =
        region == null || region.isEmpty() ? List.of() : List.of(s.region(region));
    DecisionKind kind = kind(ctx.queryParam("kind"));
    if (kind == DecisionKind.REAL) {
      ctx.contentType("application/json").result(s.ledger(only));
      return;
    }
    // planned and simulated entries change with plans and simulations: read as they stand
    String theater = state.theater();
    String json =
        store.with(
            st -> {
              TheaterReader reader = new TheaterReader(st);
              Ledger ledger = reader.ledger(theater, kind);
              List<LedgerEntry> entries =
                  ledger.entries().stream()
                      .filter(e -> only.isEmpty() || only.contains(e.region()))
                      .toList();
              StringWriter out = new StringWriter();
              try (PrintWriter w = new PrintWriter(out)) {
                LedgerOutput.print(
                    OutputFormat.json,
                    theater,
                    ledger,
                    entries,
                    reader.decisionOrigins(theater),
                    w);
              }
              return out.toString();
            });
    ctx.contentType("application/json").result(json);
  }

  private static DecisionKind kind(String text) {
    if (text == null || text.isBlank()) {
      return DecisionKind.REAL;
    }
    for (DecisionKind k : DecisionKind.values()) {
      if (k.name().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    throw ApiError.badRequest("kind must be real, planned or simulated, not '" + text + "'");
  }
}
