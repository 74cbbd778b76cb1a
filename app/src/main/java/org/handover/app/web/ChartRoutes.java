package org.handover.app.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.handover.app.report.VegaLibraries;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.ChartTheme;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.section.ReportSection;
import org.handover.app.report.section.StageMapSection;
import org.handover.app.report.section.StageTimelineSection;
import org.handover.app.workspace.Workspace;

/**
 * The dashboard's charts, made by the report's own sections (the map of stages, status and
 * recommendations; stages over time), so report and app draw from one source; and the Vega
 * libraries the report inlines, served as files.
 */
final class ChartRoutes {
  private final StateHolder state;
  private final SharedStore store;
  private final Map<String, Sections> cache = new ConcurrentHashMap<>();
  private volatile String boundaries;

  ChartRoutes(StateHolder state, SharedStore store) {
    this.state = state;
    this.store = store;
  }

  void register(Routes r) {
    r.get("/api/charts/dashboard", Need.READ, this::dashboard);
    r.get("/charts/dashboard.css", Need.READ, this::dashboardCss);
    r.get("/vendor/{library}", Need.PUBLIC, this::library);
    r.get("/vendor-css/report.css", Need.PUBLIC, this::reportCss);
  }

  /** The sections of one month, made once per loaded state. */
  private record Sections(TheaterState of, List<ReportSection> sections) {}

  private List<ReportSection> sections(YearMonth month) {
    TheaterState s = state.get();
    Sections cached = cache.get(month.toString());
    if (cached != null && cached.of() == s) {
      return cached.sections();
    }
    Workspace ws = s.workspace();
    if (boundaries == null) {
      boundaries =
          store.with(
              st -> new org.handover.io.store.TheaterReader(st).boundaries(ws.theaterName()));
    }
    ReportModel model =
        new ReportModel(ws.evaluation(), month, boundaries, Instant.EPOCH, ws.ledger(), List.of());
    List<ReportSection> sections =
        List.of(
            new StageMapSection(model, RegionShapes.of(boundaries, ws.theater())),
            new StageTimelineSection(model));
    cache.put(month.toString(), new Sections(s, sections));
    return sections;
  }

  @OpenApi(
      path = "/api/charts/dashboard",
      methods = HttpMethod.GET,
      summary =
          "The dashboard's charts as the report draws them: Vega-Lite specs by element id, the"
              + " chart theme, and the sections' HTML (tables beside the charts)",
      tags = "charts",
      queryParams =
          @OpenApiParam(name = "as_of", description = "YYYY-MM (default: the last month)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void dashboard(Context ctx) {
    YearMonth month = state.get().month("as_of", ctx.queryParam("as_of"));
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("as_of", month.toString());
    root.set("config", ChartTheme.config());
    ObjectNode specs = root.putObject("specs");
    ObjectNode html = root.putObject("sections");
    for (ReportSection sec : sections(month)) {
      sec.charts().forEach(c -> specs.set(c.id(), c.spec()));
      ObjectNode one = html.putObject(sec.id());
      one.put("title", sec.title());
      one.put("html", sec.bodyHtml());
    }
    ctx.contentType("application/json").result(root.toString());
  }

  void dashboardCss(Context ctx) {
    YearMonth month = state.get().month("as_of", ctx.queryParam("as_of"));
    StringBuilder css = new StringBuilder();
    sections(month).forEach(s -> css.append(s.css()).append('\n'));
    ctx.contentType("text/css; charset=utf-8").result(css.toString());
  }

  void library(Context ctx) {
    String name = ctx.pathParam("library");
    if (name.equals("vega-embed.css")) {
      ctx.contentType("text/css; charset=utf-8").result(VegaLibraries.embedStyles());
      return;
    }
    String lib = name.endsWith(".js") ? name.substring(0, name.length() - 3) : "";
    String source =
        VegaLibraries.source(lib).orElseThrow(() -> ApiError.notFound("no library '" + name + "'"));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("text/javascript; charset=utf-8").result(source);
  }

  void reportCss(Context ctx) {
    try (InputStream in =
        Objects.requireNonNull(
            VegaLibraries.class.getResourceAsStream("report.css"), "report.css")) {
      ctx.contentType("text/css; charset=utf-8")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
