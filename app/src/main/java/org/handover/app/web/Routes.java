package org.handover.app.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route of the server goes through here, so none can be added without saying what it needs,
 * and the tests (authorisation matrix, OpenAPI completeness) see the whole list.
 */
final class Routes {
  private final Javalin app;
  private final List<Route> all = new ArrayList<>();

  Routes(Javalin app) {
    this.app = app;
  }

  void get(String path, Need need, Handler h) {
    add(HandlerType.GET, path, need, false, h);
  }

  void post(String path, Need need, Handler h) {
    add(HandlerType.POST, path, need, false, h);
  }

  void put(String path, Need need, Handler h) {
    add(HandlerType.PUT, path, need, false, h);
  }

  void delete(String path, Need need, Handler h) {
    add(HandlerType.DELETE, path, need, false, h);
  }

  /** An HTML page: without a session the browser is sent to the sign-in page. */
  void page(String path, Need need, Handler h) {
    add(HandlerType.GET, path, need, true, h);
  }

  private void add(HandlerType method, String path, Need need, boolean page, Handler h) {
    all.add(new Route(method, path, need, page));
    if (page) {
      app.addHttpHandler(method, path, h, need, PageRole.PAGE);
    } else {
      app.addHttpHandler(method, path, h, need);
    }
  }

  List<Route> all() {
    return List.copyOf(all);
  }
}
