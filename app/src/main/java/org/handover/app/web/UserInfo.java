package org.handover.app.web;

import io.javalin.openapi.OpenApiName;
import org.handover.io.access.User;

/** A user as the API shows it (never the password hash). */
record UserInfo(
    String name, String role, boolean disabled, @OpenApiName("created_at") String createdAt) {
  static UserInfo of(User u) {
    return new UserInfo(u.name(), u.role().id(), u.disabled(), u.createdAt());
  }
}
