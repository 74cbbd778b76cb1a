package org.handover.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The pages: HTML shells without inline code or data; each page's script (under /assets) fetches
 * its data from the API. Without a session a page sends the browser to the sign-in page.
 */
final class PageRoutes {
  private final BooleanSupplier setupOpen;

  /**
   * @param setupOpen whether the first administrator is still to be created
   */
  PageRoutes(BooleanSupplier setupOpen) {
    this.setupOpen = setupOpen;
  }

  void register(Routes r) {
    r.page(
        "/login",
        Need.PUBLIC,
        ctx -> page(ctx, setupOpen.getAsBoolean() ? "setup.html" : "login.html"));
    r.page("/", Need.READ, ctx -> page(ctx, "dashboard.html"));
    r.page("/regions/{region}", Need.READ, ctx -> page(ctx, "region.html"));
    r.page("/compare", Need.ANALYSE, ctx -> page(ctx, "compare.html"));
    r.page("/ledger", Need.READ, ctx -> page(ctx, "ledger.html"));
    r.page("/plans", Need.READ, ctx -> page(ctx, "plans.html"));
    r.page("/admin", Need.ADMINISTER, ctx -> page(ctx, "admin.html"));
  }

  private static void page(Context ctx, String name) {
    try (InputStream in =
        Objects.requireNonNull(
            PageRoutes.class.getResourceAsStream("pages/" + name), "page " + name)) {
      ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
