package org.handover.app.web;

/**
 * Every refusal and failure, as JSON: the HTTP status and a message for the user; for a bug (500)
 * also the id under which the server logged its stack trace.
 */
record ErrorBody(int status, String error, String id) {}
