package org.handover.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;

/**
 * Request and response bodies: JSON with snake_case names, as the command line's JSON. Requests are
 * JSON only (which a cross-site form cannot send), read strictly into records.
 */
final class Bodies {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();
  static final int MAX_BYTES = 64 * 1024;

  private Bodies() {}

  static <T> T read(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      throw ApiError.badRequest("send the body as JSON (Content-Type: application/json)");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BYTES) {
      throw new ApiError(413, "the body is larger than " + MAX_BYTES + " bytes");
    }
    try {
      T value = JSON.readValue(body, type);
      if (value == null) {
        throw ApiError.badRequest("the body is empty: send a JSON object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("bad JSON body: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("cannot read the body: " + e.getMessage());
    }
  }

  /** {@code value}, or a 400 naming the missing field. */
  static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiError.badRequest("field '" + field + "' is required");
    }
    if (value.length() > 10_000) {
      throw ApiError.badRequest("field '" + field + "' is longer than 10000 characters");
    }
    return value;
  }

  /** {@code value} unless too long; null stays null. */
  static String optional(String field, String value) {
    if (value != null && value.length() > 10_000) {
      throw ApiError.badRequest("field '" + field + "' is longer than 10000 characters");
    }
    return value;
  }
}
