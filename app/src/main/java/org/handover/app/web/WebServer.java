package org.handover.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.handover.engine.HandoverException;
import org.handover.engine.provenance.ProgramVersion;
import org.handover.io.access.Users;
import org.handover.io.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web application over one store: it holds the store open for writing while it runs (so the
 * command line's writes wait for it to stop, and say so), loads the theater once, and serves the
 * API, its OpenAPI document at {@value #OPENAPI}, the pages and their assets.
 */
public final class WebServer implements AutoCloseable {
  /** The stable URL of the OpenAPI document. */
  public static final String OPENAPI = "/openapi.json";

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** How to serve: the store, its theater and benchmark set, where to listen, TLS if any. */
  public record Settings(
      Store store,
      String theater,
      Path benchmarkSet,
      String host,
      int port,
      Optional<TlsFiles> tls,
      Optional<Path> auditAnchor) {
    /** Settings without an audit anchor file. */
    public Settings(
        Store store,
        String theater,
        Path benchmarkSet,
        String host,
        int port,
        Optional<TlsFiles> tls) {
      this(store, theater, benchmarkSet, host, port, tls, Optional.empty());
    }
  }

  private final Javalin app;
  private final Routes routes;
  private final Optional<String> setupCode;
  private final Jobs jobs;
  private final Store store;

  private WebServer(
      Javalin app, Routes routes, Optional<String> setupCode, Jobs jobs, Store store) {
    this.store = store;
    this.app = app;
    this.routes = routes;
    this.setupCode = setupCode;
    this.jobs = jobs;
  }

  /** Loads the theater and starts listening. */
  public static WebServer start(Settings settings) {
    SharedStore store = new SharedStore(settings.store());
    Optional<AnchorKeeper> anchor =
        settings.auditAnchor().map(file -> AnchorKeeper.start(store, file));
    StateHolder state = new StateHolder(store, settings.theater(), settings.benchmarkSet());
    Accounts accounts = new Accounts(store);
    boolean secure = settings.tls().isPresent();
    Optional<String> setupCode =
        store.with(Users::any) ? Optional.empty() : Optional.of(newSetupCode());
    Jobs jobs = new Jobs();
    Guard guard = new Guard(accounts);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = ImportRoutes.MAX_UPLOAD_BYTES;
              config.jsonMapper(new JavalinJackson(Bodies.JSON, false));
              config.jetty.defaultHost = settings.host();
              config.jetty.defaultPort = settings.port();
              settings
                  .tls()
                  .ifPresent(t -> Tls.configure(config, t, settings.host(), settings.port()));
              config.staticFiles.add(
                  s -> {
                    s.hostedPath = "/assets";
                    s.directory = "/org/handover/app/web/assets";
                    s.location = Location.CLASSPATH;
                  });
              config.registerPlugin(
                  new OpenApiPlugin(
                      p ->
                          p.withDocumentationPath(OPENAPI)
                              .withRoles(Need.SIGNED_IN)
                              .withDefinitionConfiguration(
                                  (version, d) ->
                                      d.withSecurity(
                                              sec ->
                                                  sec.withCookieAuth("session", Guard.COOKIE)
                                                      .withBearerAuth("bearer")
                                                      .withGlobalSecurity("session", g -> {})
                                                      .withGlobalSecurity("bearer", g -> {}))
                                          .withInfo(
                                              i -> {
                                                i.setTitle("Handover");
                                                i.setVersion(ProgramVersion.current());
                                                i.setDescription(
                                                    "The Handover web application's API. Sign in with"
                                                        + " POST /api/login; send the session's"
                                                        + " csrf_token in X-CSRF-Token with every"
                                                        + " change, or use the session token as a"
                                                        + " bearer token.");
                                              }))));
            });
    app.before(ctx -> SecurityHeaders.apply(ctx, secure));
    app.beforeMatched(guard::check);
    // a change appends to the audit trail; the anchor is renewed once the answer is made
    anchor.ifPresent(
        a ->
            app.after(
                ctx -> {
                  if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
                    a.update();
                  }
                }));
    app.exception(
        ApiError.class,
        (e, ctx) -> {
          if (e.status() == 401 && isPage(ctx)) {
            ctx.redirect("/login");
          } else {
            error(ctx, e.status(), e.getMessage(), null);
          }
        });
    app.exception(HandoverException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), null));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          String id = UUID.randomUUID().toString();
          LOG.error("request {} {} failed, error id {}", ctx.method(), ctx.path(), id, e);
          error(
              ctx, 500, "internal error: a bug in Handover; its id in the server log is " + id, id);
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty() || !isJson(ctx)) {
            error(ctx, 404, "no such resource: " + ctx.path(), null);
          }
        });
    app.error(
        405,
        ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path(), null));
    Routes routes = new Routes(app);
    AuthRoutes auth =
        new AuthRoutes(
            accounts, store, new LoginThrottle(Clock.systemUTC(), store), secure, setupCode);
    auth.register(routes);
    new DataRoutes(state, store).register(routes);
    Forecasts forecasts = new Forecasts(state);
    new ForecastRoutes(forecasts).register(routes);
    new DecisionRoutes(store, state).register(routes);
    new ImportRoutes(store, state).register(routes);
    new CompareRoutes(state, jobs).register(routes);
    new AdminRoutes(store, accounts).register(routes);
    new ChartRoutes(state, store, forecasts).register(routes);
    new PlanSolveRoutes(store, state, jobs).register(routes);
    new PlanRoutes(store, state, jobs).register(routes);
    new PageRoutes(auth::setupOpen).register(routes);
    app.start();
    return new WebServer(app, routes, setupCode, jobs, settings.store());
  }

  /** A browser asking for a page (not the API): sent to the sign-in page when signed out. */
  private static boolean isPage(Context ctx) {
    return ctx.routeRoles().contains(PageRole.PAGE);
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }

  static void error(Context ctx, int status, String message, String id) {
    ctx.status(status).json(new ErrorBody(status, message, id));
  }

  private static String newSetupCode() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  public int port() {
    return app.port();
  }

  /** The one-time code that creates the first administrator, while the store has no users. */
  public Optional<String> setupCode() {
    return setupCode;
  }

  /** The store served (for the tests, which start a second server over it). */
  Store storeForTests() {
    return store;
  }

  /** The background jobs (for the tests, which hold a job at a step). */
  Jobs jobs() {
    return jobs;
  }

  /** Every route, with what it needs (for the tests). */
  List<Route> routes() {
    return routes.all();
  }

  @Override
  public void close() {
    jobs.close();
    app.stop();
  }
}
