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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.handover.app.report.VegaLibraries;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.ChartTheme;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.section.ForecastSection;
import org.handover.app.report.section.RegionDetailSection;
import org.handover.app.report.section.ReportSection;
import org.handover.app.report.section.StageMapSection;
import org.handover.app.report.section.StageTimelineSection;
import org.handover.app.workspace.Workspace;
import org.handover.engine.theater.RegionId;

/**
 * The charts of the dashboard (the map of stages, status and recommendations; stages over time) and
 * of a region's page (its benchmarks against their thresholds; its forecast fan and outlook curve),
 * made by the report's own sections, so report and app draw from one source; and the Vega libraries
 * the report inlines, served as files.
 */
final class ChartRoutes {
  private final StateHolder state;
  private final SharedStore store;
  private final Forecasts forecasts;
  private final Map<String, Month> cache = new ConcurrentHashMap<>();
  private volatile String boundaries;

  ChartRoutes(StateHolder state, SharedStore store, Forecasts forecasts) {
    this.state = state;
    this.store = store;
    this.forecasts = forecasts;
  }

  void register(Routes r) {
    r.get("/api/charts/dashboard", Need.READ, this::dashboard);
    r.get("/api/charts/regions/{region}", Need.READ, this::region);
    r.get("/api/charts/regions/{region}/forecast", Need.READ, this::regionForecast);
    r.get("/charts/dashboard.css", Need.READ, this::dashboardCss);
    r.get("/charts/region.css", Need.READ, this::regionCss);
    r.get("/vendor/{library}", Need.PUBLIC, this::library);
    r.get("/vendor-css/report.css", Need.PUBLIC, this::reportCss);
  }

  /** The report's model of one month and the sections made of it, once per loaded state. */
  private record Month(
      TheaterState of,
      ReportModel model,
      RegionShapes shapes,
      List<ReportSection> dashboard,
      RegionDetailSection regions) {}

  private Month month(TheaterState s, YearMonth month) {
    Month cached = cache.get(month.toString());
    if (cached != null && cached.of() == s) {
      return cached;
    }
    Workspace ws = s.workspace();
    if (boundaries == null) {
      boundaries =
          store.with(
              st -> new org.handover.io.store.TheaterReader(st).boundaries(ws.theaterName()));
    }
    ReportModel model =
        new ReportModel(ws.evaluation(), month, boundaries, Instant.EPOCH, ws.ledger(), List.of());
    RegionShapes shapes = RegionShapes.of(boundaries, ws.theater());
    Month made =
        new Month(
            s,
            model,
            shapes,
            List.of(new StageMapSection(model, shapes), new StageTimelineSection(model)),
            new RegionDetailSection(model));
    cache.put(month.toString(), made);
    return made;
  }

  private List<ReportSection> sections(YearMonth month) {
    return month(state.get(), month).dashboard();
  }

  /** Specs by element id, the chart theme and each section's title and HTML. */
  private static void answer(Context ctx, YearMonth month, List<ReportSection> sections) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("as_of", month.toString());
    root.set("config", ChartTheme.config());
    ObjectNode specs = root.putObject("specs");
    ObjectNode html = root.putObject("sections");
    for (ReportSection sec : sections) {
      sec.charts().forEach(c -> specs.set(c.id(), c.spec()));
      ObjectNode one = html.putObject(sec.id());
      one.put("title", sec.title());
      one.put("html", sec.bodyHtml());
    }
    ctx.contentType("application/json").result(root.toString());
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
    answer(ctx, month, sections(month));
  }

  @OpenApi(
      path = "/api/charts/regions/{region}",
      methods = HttpMethod.GET,
      summary =
          "A region's benchmarks against their thresholds as the report draws them (its small"
              + " multiples, verdicts and values by month): Vega-Lite specs by element id, the"
              + " chart theme, and the section's HTML",
      tags = "charts",
      pathParams = @OpenApiParam(name = "region", required = true, example = "Basra"),
      queryParams =
          @OpenApiParam(name = "as_of", description = "YYYY-MM (default: the last month)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void region(Context ctx) {
    TheaterState s = state.get();
    RegionId region = s.region(ctx.pathParam("region"));
    YearMonth month = s.month("as_of", ctx.queryParam("as_of"));
    answer(ctx, month, List.of(month(s, month).regions().region(region)));
  }

  @OpenApi(
      path = "/api/charts/regions/{region}/forecast",
      methods = HttpMethod.GET,
      summary =
          "A region's forecast fan and outlook curve as the report draws them (12 months, 1,000"
              + " paths, seed 42; outlook 36 months), computed on first use of a month: Vega-Lite"
              + " specs by element id, the chart theme, and the section's HTML",
      tags = "charts",
      pathParams = @OpenApiParam(name = "region", required = true, example = "Basra"),
      queryParams =
          @OpenApiParam(name = "as_of", description = "YYYY-MM (default: the last month)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void regionForecast(Context ctx) {
    TheaterState s = forecasts.current();
    RegionId region = s.region(ctx.pathParam("region"));
    YearMonth month = s.month("as_of", ctx.queryParam("as_of"));
    Month m = month(s, month);
    ForecastSection section =
        new ForecastSection(
            m.model(),
            m.shapes(),
            forecasts.forecast(s, month),
            forecasts.outlook(s, month),
            Optional.empty(),
            "");
    answer(ctx, month, List.of(section.region(region)));
  }

  void regionCss(Context ctx) {
    TheaterState s = state.get();
    YearMonth month = s.month("as_of", ctx.queryParam("as_of"));
    ctx.contentType("text/css; charset=utf-8").result(month(s, month).regions().css());
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
