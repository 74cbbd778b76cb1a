package org.handover.engine.provenance;

import java.util.Objects;

/** One input a result was computed from: a file (or table) and the SHA-256 of its bytes. */
public record InputRef(String name, String sha256, String role) {
  public InputRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    role = role == null ? "" : role;
  }
}
