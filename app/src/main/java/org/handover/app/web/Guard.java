package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.handover.io.access.Session;

/**
 * Runs before every matched route: finds the session (the cookie, or a bearer token for API
 * clients), refuses a request without one (401) or whose role lacks the route's permission (403),
 * and, for a browser session, a change without the session's CSRF token (403). A route that names
 * no need is refused: the server fails closed.
 */
final class Guard {
  static final String COOKIE = "handover_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String SESSION = "handover.session";

  private final Accounts accounts;

  Guard(Accounts accounts) {
    this.accounts = accounts;
  }

  void check(Context ctx) {
    Need need = need(ctx);
    if (need == null) {
      // static assets (scripts, styles) carry no data and no role
      String path = ctx.path();
      if (path.startsWith("/assets/")) {
        return;
      }
      throw new ApiError(403, "this route declares no permission; refused");
    }
    if (need == Need.PUBLIC) {
      return;
    }
    String bearer = bearer(ctx);
    String token = bearer != null ? bearer : ctx.cookie(COOKIE);
    Optional<Session> session = accounts.session(token);
    if (session.isEmpty()) {
      throw new ApiError(401, "sign in first");
    }
    Session s = session.get();
    if (!need.permits(s.user().role())) {
      throw new ApiError(403, "your role (" + s.user().role().id() + ") does not permit this");
    }
    if (bearer == null && changes(ctx.method())) {
      String sent = ctx.header(CSRF_HEADER);
      if (sent == null
          || !MessageDigest.isEqual(
              sent.getBytes(StandardCharsets.UTF_8),
              s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
        throw new ApiError(403, "missing or wrong " + CSRF_HEADER + " header");
      }
    }
    ctx.attribute(SESSION, s);
  }

  static Need need(Context ctx) {
    for (RouteRole r : ctx.routeRoles()) {
      if (r instanceof Need n) {
        return n;
      }
    }
    return null;
  }

  static boolean changes(HandlerType method) {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }

  private static String bearer(Context ctx) {
    String h = ctx.header("Authorization");
    if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return h.substring(7).strip();
    }
    return null;
  }

  /** The session of a request that passed the guard. */
  static Session session(Context ctx) {
    Session s = ctx.attribute(SESSION);
    if (s == null) {
      throw new IllegalStateException("no session on a guarded route: " + ctx.path());
    }
    return s;
  }
}
