/**
 * The web application ({@code handover serve}): a Javalin server over the same store as the command
 * line, with users and roles, sessions, CSRF protection, security headers, the REST API (whose JSON
 * is the command line's {@code --format json}, written by the same {@code output} classes), its
 * OpenAPI document, background jobs, the pages, and the audit trail. One route registration class
 * per area ({@code *Routes}); each route names the permission it needs. Depends on workspace,
 * output and io; never on cli.
 */
package org.handover.app.web;
