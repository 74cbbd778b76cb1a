package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handover.io.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route x every role and no session: the roles allowed are written out here, by hand, not
 * read from the server, so a route whose need changes, or a new route, fails until this table says
 * who may use it. A denied request must be refused (401 without a session, 403 with one; a page
 * without a session redirects to the sign-in page); an allowed one must get past the guard (its
 * body is made invalid where it would change something, so the matrix changes nothing).
 */
class AuthorisationMatrixTest {
  static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  static final Set<Role> READERS =
      EnumSet.of(Role.VIEWER, Role.ANALYST, Role.HOST_SIGNATORY, Role.PARTNER_SIGNATORY);
  static final Set<Role> ANALYSTS = EnumSet.of(Role.ANALYST);
  static final Set<Role> ADMINS = EnumSet.of(Role.ADMINISTRATOR);
  static final Set<Role> SIGNATORIES = EnumSet.of(Role.HOST_SIGNATORY, Role.PARTNER_SIGNATORY);

  /** Who may use each route; {@code anonymous} too where it says so. */
  record Allowed(Set<Role> roles, boolean anonymous, String body) {}

  static final Map<String, Allowed> TABLE = new LinkedHashMap<>();

  static {
    TABLE.put("POST /api/login", new Allowed(EVERYONE, true, "{}"));
    TABLE.put("POST /api/setup", new Allowed(EVERYONE, true, "{}"));
    TABLE.put("POST /api/logout", new Allowed(EVERYONE, false, null));
    TABLE.put("GET /api/session", new Allowed(EVERYONE, false, null));
    TABLE.put("GET /api/theater", new Allowed(READERS, false, null));
    TABLE.put("GET /api/assessment", new Allowed(READERS, false, null));
    TABLE.put("GET /api/regions/{region}", new Allowed(READERS, false, null));
    TABLE.put("GET /api/regions/{region}/forecast", new Allowed(READERS, false, "?as_of=1990-01"));
    TABLE.put("GET /api/outlook", new Allowed(READERS, false, "?as_of=1990-01"));
    TABLE.put("GET /api/history", new Allowed(READERS, false, null));
    TABLE.put("GET /api/decisions", new Allowed(READERS, false, null));
    TABLE.put("POST /api/decisions", new Allowed(ANALYSTS, false, "{}"));
    TABLE.put("GET /api/imports", new Allowed(READERS, false, null));
    TABLE.put("POST /api/imports", new Allowed(ANALYSTS, false, "{}"));
    TABLE.put("POST /api/comparisons", new Allowed(ANALYSTS, false, "{\"paths\":0}"));
    TABLE.put("GET /api/jobs/{id}", new Allowed(ANALYSTS, false, null));
    TABLE.put("GET /api/users", new Allowed(ADMINS, false, null));
    TABLE.put("POST /api/users", new Allowed(ADMINS, false, "{}"));
    TABLE.put("PUT /api/users/{name}/role", new Allowed(ADMINS, false, "{}"));
    TABLE.put(
        "PUT /api/users/{name}/disabled", new Allowed(ADMINS, false, "{\"disabled\":\"maybe\"}"));
    TABLE.put("GET /api/audit", new Allowed(ADMINS, false, null));
    TABLE.put("GET /api/audit/verify", new Allowed(ADMINS, false, null));
    TABLE.put("GET /api/charts/dashboard", new Allowed(READERS, false, null));
    TABLE.put("GET /charts/dashboard.css", new Allowed(READERS, false, null));
    TABLE.put("GET /api/charts/regions/{region}", new Allowed(READERS, false, null));
    TABLE.put(
        "GET /api/charts/regions/{region}/forecast", new Allowed(READERS, false, "?as_of=1990-01"));
    TABLE.put("GET /charts/region.css", new Allowed(READERS, false, null));
    TABLE.put("GET /vendor/{library}", new Allowed(EVERYONE, true, null));
    TABLE.put("GET /vendor-css/report.css", new Allowed(EVERYONE, true, null));
    TABLE.put("GET /api/plans", new Allowed(READERS, false, null));
    TABLE.put("GET /api/plans/{name}", new Allowed(READERS, false, null));
    TABLE.put("GET /api/plans/{name}/diff", new Allowed(READERS, false, null));
    TABLE.put("POST /api/plans/solve", new Allowed(ANALYSTS, false, "{\"horizon\":0}"));
    TABLE.put("POST /api/plans/{name}", new Allowed(ANALYSTS, false, "{}"));
    TABLE.put("POST /api/plans/{name}/propose", new Allowed(ANALYSTS, false, "{}"));
    TABLE.put("POST /api/plans/{name}/sign", new Allowed(SIGNATORIES, false, "{}"));
    TABLE.put("GET /plans", new Allowed(READERS, false, null));
    TABLE.put("GET /login", new Allowed(EVERYONE, true, null));
    TABLE.put("GET /", new Allowed(READERS, false, null));
    TABLE.put("GET /regions/{region}", new Allowed(READERS, false, null));
    TABLE.put("GET /compare", new Allowed(ANALYSTS, false, null));
    TABLE.put("GET /ledger", new Allowed(READERS, false, null));
    TABLE.put("GET /admin", new Allowed(ADMINS, false, null));
  }

  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.get();
  }

  static String key(Route r) {
    return r.method().name() + " " + r.path();
  }

  static String concrete(String path) {
    return path.replace("{region}", "Basra")
        .replace("{id}", "no-such-job")
        .replace("{name}", "viewer")
        .replace("{library}", "vega.js");
  }

  @Test
  void theTableNamesEveryRouteAndNoOther() {
    List<String> registered =
        web.server.routes().stream().map(AuthorisationMatrixTest::key).toList();
    assertThat(registered).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
  }

  @Test
  void everyRouteGrantsExactlyTheRolesOfTheTable() throws Exception {
    Map<Role, WebFixture.Session> sessions = new LinkedHashMap<>();
    for (Role r : Role.values()) {
      sessions.put(r, web.signIn(r));
    }
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Route route : web.server.routes()) {
      Allowed allowed = TABLE.get(key(route));
      String method = route.method().name();
      String body = allowed.body();
      String path = concrete(route.path());
      if (body != null && body.startsWith("?")) {
        // a query that is refused after the guard: the matrix computes nothing expensive
        path = path + body;
        body = null;
      }
      // no session
      HttpResponse<String> anon = web.send(method, path, body, null);
      cells++;
      int denied = route.page() ? 302 : 401;
      if (allowed.anonymous()) {
        if (anon.statusCode() == 401 || anon.statusCode() == 403 || anon.statusCode() >= 500) {
          wrong.add(key(route) + " without a session: " + anon.statusCode() + " " + anon.body());
        }
      } else if (anon.statusCode() != denied) {
        wrong.add(
            key(route) + " without a session: expected " + denied + ", got " + anon.statusCode());
      } else if (route.page()) {
        assertThat(anon.headers().firstValue("Location")).hasValue("/login");
      }
      for (Role role : Role.values()) {
        WebFixture.Session s =
            key(route).equals("POST /api/logout") ? web.signIn(role) : sessions.get(role);
        HttpResponse<String> r = web.send(method, path, body, s);
        cells++;
        int status = r.statusCode();
        if (allowed.roles().contains(role)) {
          if (status == 401 || status == 403 || status >= 500) {
            wrong.add(
                key(route)
                    + " as "
                    + role.id()
                    + ": expected a grant, got "
                    + status
                    + " "
                    + r.body());
          }
        } else if (status != 403) {
          wrong.add(
              key(route) + " as " + role.id() + ": expected 403, got " + status + " " + r.body());
        }
      }
    }
    assertThat(wrong).as("unexpected statuses in %d cells", cells).isEmpty();
    assertThat(cells).isEqualTo(web.server.routes().size() * (Role.values().length + 1));
  }

  @Test
  void aBrowserChangeWithoutTheCsrfTokenIsRefusedButABearerClientNeedsNone() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    HttpResponse<String> noToken = web.send("POST", "/api/decisions", "{}", analyst, false);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("X-CSRF-Token");
    HttpResponse<String> wrongToken =
        web.send(
            "POST",
            "/api/decisions",
            "{}",
            new WebFixture.Session(analyst.cookie(), "forged", analyst.token()),
            true);
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    HttpResponse<String> bearer = web.bearer("POST", "/api/decisions", "{}", analyst.token());
    assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(400);
    assertThat(bearer.body()).contains("field 'region' is required");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/login", "/api/theater", "/assets/app.js", "/no/such/page")) {
      HttpResponse<String> r = web.send("GET", path, null, null);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp -> {
                assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'");
                assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
              });
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
    HttpResponse<String> r =
        web.send(
            "POST",
            "/api/login",
            "{\"user\":\"viewer\",\"password\":\"" + WebFixture.PASSWORD + "\"}",
            null);
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
  }

  @Test
  void badInputIsAClear400NeverAStackTrace() throws Exception {
    WebFixture.Session viewer = web.signIn(Role.VIEWER);
    HttpResponse<String> month = web.send("GET", "/api/assessment?as_of=2007-13", null, viewer);
    assertThat(month.statusCode()).isEqualTo(400);
    assertThat(month.body()).contains("as_of '2007-13' is not a month").doesNotContain("Exception");
    HttpResponse<String> outside = web.send("GET", "/api/assessment?as_of=1990-01", null, viewer);
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(outside.body()).contains("outside the data");
    HttpResponse<String> region = web.send("GET", "/api/regions/Atlantis", null, viewer);
    assertThat(region.statusCode()).isEqualTo(404);
    assertThat(region.body()).contains("no region 'Atlantis'").contains("closest");
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    HttpResponse<String> json = web.send("POST", "/api/decisions", "{not json", analyst);
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(json.body()).contains("bad JSON body").doesNotContain("at com.");
    HttpResponse<String> stage =
        web.send(
            "POST",
            "/api/decisions",
            "{\"region\":\"Basra\",\"to_stage\":\"HANDED_OVER\",\"effective\":\"2007-12-20\","
                + "\"decided_by\":\"test\"}",
            analyst);
    assertThat(stage.statusCode()).isEqualTo(400);
    assertThat(stage.body()).contains("stage HANDED_OVER is not in the benchmark set");
    HttpResponse<String> unknown =
        web.send("POST", "/api/decisions", "{\"colour\":\"red\"}", analyst);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("colour");
  }
}
