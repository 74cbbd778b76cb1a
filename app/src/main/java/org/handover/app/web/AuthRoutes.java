package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiName;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.handover.io.access.Role;
import org.handover.io.access.Session;
import org.handover.io.access.User;
import org.handover.io.access.Users;

/**
 * Signing in and out, the session, and the first administrator: a server started on a store without
 * users prints a one-time setup code; whoever has the console can create the first administrator
 * with it, once.
 */
final class AuthRoutes {
  private final Accounts accounts;
  private final SharedStore store;
  private final LoginThrottle throttle;
  private final boolean secure;
  private final AtomicReference<String> setupCode;

  AuthRoutes(
      Accounts accounts,
      SharedStore store,
      LoginThrottle throttle,
      boolean secure,
      Optional<String> setupCode) {
    this.accounts = accounts;
    this.store = store;
    this.throttle = throttle;
    this.secure = secure;
    this.setupCode = new AtomicReference<>(setupCode.orElse(null));
  }

  /** Whether the first administrator is still to be created with the setup code. */
  boolean setupOpen() {
    return setupCode.get() != null;
  }

  void register(Routes r) {
    r.post("/api/login", Need.PUBLIC, this::login);
    r.post("/api/logout", Need.SIGNED_IN, this::logout);
    r.get("/api/session", Need.SIGNED_IN, this::session);
    r.post("/api/setup", Need.PUBLIC, this::setup);
  }

  /** The body of a sign-in. */
  record LoginRequest(String user, String password) {}

  /** Who is signed in, with the token to send in X-CSRF-Token on every change. */
  record SessionInfo(
      String user,
      String role,
      List<String> permissions,
      @OpenApiName("csrf_token") String csrfToken) {
    static SessionInfo of(Session s) {
      return new SessionInfo(
          s.user().name(),
          s.user().role().id(),
          Arrays.stream(Role.Permission.values())
              .filter(p -> s.user().role().permits(p))
              .map(p -> p.name().toLowerCase())
              .toList(),
          s.csrfToken());
    }
  }

  /** The body of the first administrator's creation. */
  record SetupRequest(String code, String user, String password) {}

  @OpenApi(
      path = "/api/login",
      methods = HttpMethod.POST,
      summary = "Sign in: sets the session cookie (HttpOnly, SameSite=Strict)",
      tags = "session",
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = LoginRequest.class)),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = SessionInfo.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "401", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "429", content = @OpenApiContent(from = ErrorBody.class))
      })
  void login(Context ctx) {
    LoginRequest req = Bodies.read(ctx, LoginRequest.class);
    String name = Bodies.required("user", req.user());
    String password = Bodies.required("password", req.password());
    String client = ctx.ip();
    Optional<Duration> wait = throttle.wait(name, client);
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      ctx.header("Retry-After", Long.toString(seconds));
      throw new ApiError(429, "too many failed sign-ins: try again in " + seconds + " s");
    }
    Optional<User> user = accounts.authenticate(name, password.toCharArray());
    if (user.isEmpty()) {
      // counted for the throttle and audited in one transaction
      throttle.failed(name, client, true);
      throw new ApiError(401, "wrong user name or password");
    }
    throttle.succeeded(name);
    Session s = accounts.signIn(user.get(), client);
    setCookie(ctx, s.token(), (int) Accounts.LIFETIME.toSeconds());
    ctx.json(SessionInfo.of(s));
  }

  @OpenApi(
      path = "/api/logout",
      methods = HttpMethod.POST,
      summary = "Sign out: ends the session",
      tags = "session",
      responses = @OpenApiResponse(status = "204"))
  void logout(Context ctx) {
    accounts.signOut(Guard.session(ctx));
    setCookie(ctx, "", 0);
    ctx.status(204);
  }

  @OpenApi(
      path = "/api/session",
      methods = HttpMethod.GET,
      summary = "The signed-in user, role, permissions and CSRF token",
      tags = "session",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = SessionInfo.class)))
  void session(Context ctx) {
    ctx.json(SessionInfo.of(Guard.session(ctx)));
  }

  @OpenApi(
      path = "/api/setup",
      methods = HttpMethod.POST,
      summary =
          "Create the first administrator with the one-time code the server printed (only while"
              + " the store has no users)",
      tags = "session",
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = SetupRequest.class)),
      responses = {
        @OpenApiResponse(status = "201", content = @OpenApiContent(from = UserInfo.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorBody.class))
      })
  void setup(Context ctx) {
    SetupRequest req = Bodies.read(ctx, SetupRequest.class);
    String code = Bodies.required("code", req.code());
    String expected = setupCode.get();
    if (expected == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
      throttle.failed("setup", ctx.ip());
      throw new ApiError(403, "no setup is open, or the code is wrong");
    }
    String name = Bodies.required("user", req.user());
    char[] password = Bodies.required("password", req.password()).toCharArray();
    User u =
        store.with(
            s -> {
              if (Users.any(s)) {
                throw new ApiError(403, "the store has users already: setup is closed");
              }
              return Users.add(s, name, Role.ADMINISTRATOR, password, "setup");
            });
    setupCode.set(null);
    ctx.status(201).json(UserInfo.of(u));
  }

  private void setCookie(Context ctx, String value, int maxAge) {
    Cookie c =
        new Cookie(Guard.COOKIE, value, "/", maxAge, secure, 0, true, null, null, SameSite.STRICT);
    ctx.cookie(c);
  }
}
