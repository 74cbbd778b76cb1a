package org.handover.app.web;

import io.javalin.security.RouteRole;

/** Marks a route that serves an HTML page: signed out, the browser is sent to the sign-in page. */
enum PageRole implements RouteRole {
  PAGE
}
