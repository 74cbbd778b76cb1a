package org.handover.io.access;

import java.util.Objects;

/** A user of the web application (never with its password hash: that stays in {@link Users}). */
public record User(String name, Role role, boolean disabled, String createdAt) {
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
