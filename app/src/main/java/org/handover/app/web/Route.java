package org.handover.app.web;

import io.javalin.http.HandlerType;

/**
 * One registered route: its method, path (Javalin syntax, {@code {name}} for a parameter) and need.
 */
record Route(HandlerType method, String path, Need need, boolean page) {}
