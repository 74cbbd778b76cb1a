package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.Set;
import org.handover.app.output.ForecastOutput;
import org.handover.app.output.OutlookOutput;
import org.handover.app.output.OutputFormat;
import org.handover.engine.forecast.Forecast;
import org.handover.engine.outlook.OutlookResult;
import org.handover.engine.theater.RegionId;

/**
 * A region's forecast and the theater's outlook as of a month, with the command line's defaults (12
 * months, 1,000 paths, seed 42; outlook 36 months): the JSON of {@code handover forecast} and
 * {@code handover outlook}, from {@link Forecasts}.
 */
final class ForecastRoutes {
  private final Forecasts forecasts;

  ForecastRoutes(Forecasts forecasts) {
    this.forecasts = forecasts;
  }

  void register(Routes r) {
    r.get("/api/regions/{region}/forecast", Need.READ, this::forecast);
    r.get("/api/outlook", Need.READ, this::outlook);
  }

  @OpenApi(
      path = "/api/regions/{region}/forecast",
      methods = HttpMethod.GET,
      summary =
          "A region's monthly deaths forecast as of a month: handover forecast --as-of M --region R"
              + " --format json (12 months, 1,000 paths, seed 42)",
      tags = "data",
      pathParams = @OpenApiParam(name = "region", required = true, example = "Basra"),
      queryParams =
          @OpenApiParam(name = "as_of", description = "YYYY-MM (default: the last month)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void forecast(Context ctx) {
    TheaterState s = forecasts.current();
    RegionId region = s.region(ctx.pathParam("region"));
    YearMonth m = s.month("as_of", ctx.queryParam("as_of"));
    Forecast f = forecasts.forecast(s, m);
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      ForecastOutput.print(OutputFormat.json, f, Set.of(region), s.workspace().provenance(), w);
    }
    ctx.contentType("application/json").result(out.toString());
  }

  @OpenApi(
      path = "/api/outlook",
      methods = HttpMethod.GET,
      summary =
          "Each region's chance of meeting its next stage by each future month: handover outlook"
              + " --as-of M --format json",
      tags = "data",
      queryParams =
          @OpenApiParam(name = "as_of", description = "YYYY-MM (default: the last month)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(type = "object")),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void outlook(Context ctx) {
    TheaterState s = forecasts.current();
    YearMonth m = s.month("as_of", ctx.queryParam("as_of"));
    OutlookResult o = forecasts.outlook(s, m);
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      OutlookOutput.print(OutputFormat.json, o, s.workspace().provenance(), s.standings(), m, w);
    }
    ctx.contentType("application/json").result(out.toString());
  }
}
