package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handover.io.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at /openapi.json, generated at compile time from the handlers' annotations:
 * it validates, documents every route of the API (and no route that does not exist), and names
 * every property as the JSON does (snake_case).
 */
class OpenApiTest {
  /** Routes that serve pages, styles or scripts rather than the API. */
  static final Set<String> NOT_API =
      Set.of(
          "/charts/dashboard.css",
          "/charts/region.css",
          "/vendor/{library}",
          "/vendor-css/report.css");

  static WebFixture web;
  static OpenAPI api;
  static SwaggerParseResult parsed;
  static String text;

  @BeforeAll
  static void read() throws Exception {
    web = WebFixture.get();
    WebFixture.Session viewer = web.signIn(Role.VIEWER);
    HttpResponse<String> r = web.send("GET", WebServer.OPENAPI, null, viewer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    text = r.body();
    parsed = new OpenAPIV3Parser().readContents(text, null, options);
    api = parsed.getOpenAPI();
  }

  @Test
  void theDocumentValidates() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(api).isNotNull();
    assertThat(api.getInfo().getTitle()).isEqualTo("Handover");
  }

  @Test
  void needsASignIn() throws Exception {
    assertThat(web.send("GET", WebServer.OPENAPI, null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void everyRouteOfTheApiIsDocumentedAndNothingElse() {
    List<String> routes = new ArrayList<>();
    for (Route r : web.server.routes()) {
      if (!r.page() && !NOT_API.contains(r.path())) {
        routes.add(r.method().name() + " " + r.path());
      }
    }
    List<String> documented = new ArrayList<>();
    for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
      e.getValue()
          .readOperationsMap()
          .keySet()
          .forEach(m -> documented.add(m.name() + " " + e.getKey()));
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
  }

  @Test
  void everyPropertyIsNamedAsTheJsonNamesIt() throws Exception {
    List<String> camel = new ArrayList<>();
    JsonNode schemas = new ObjectMapper().readTree(text).get("components").get("schemas");
    for (var schema : schemas.properties()) {
      JsonNode properties = schema.getValue().get("properties");
      if (properties != null) {
        for (var p : properties.properties()) {
          if (!p.getKey().equals(p.getKey().toLowerCase())) {
            camel.add(schema.getKey() + "." + p.getKey());
          }
        }
      }
    }
    assertThat(schemas.size()).isGreaterThan(10);
    assertThat(camel).isEmpty();
  }
}
