package org.handover.app.web;

import io.javalin.http.Context;

/**
 * The headers every response carries: a Content-Security-Policy with no inline code and nothing
 * from elsewhere (every script, style and font is the server's own), no framing, no sniffing, no
 * referrer, and no caching of the API's answers.
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
          + " font-src 'self' data:; connect-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx, boolean secure) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (!ctx.path().startsWith("/assets/") && !ctx.path().startsWith("/vendor")) {
      ctx.header("Cache-Control", "no-store");
    }
    if (secure) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
