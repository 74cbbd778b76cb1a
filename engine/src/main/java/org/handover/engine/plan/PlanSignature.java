package org.handover.engine.plan;

import java.time.Instant;
import java.util.Objects;
import org.handover.engine.HandoverException;

/**
 * A signatory's signature on behalf of {@code party} on version {@code version} of a plan, with the
 * content hash of the version signed: a signature binds the content, not just a number.
 */
public record PlanSignature(
    Party party, String signatory, int version, String sha256, Instant signedAt) {
  public PlanSignature {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(signatory, "signatory");
    if (signatory.isBlank()) {
      throw new HandoverException("a signature needs the signatory's name");
    }
    signatory = signatory.strip();
    if (signatory.contains(";")) {
      throw new HandoverException(
          "signatory '"
              + signatory
              + "' contains ';', which separates the parties of a ledger entry's agreed_by:"
              + " name one signatory without it");
    }
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(signedAt, "signedAt");
  }

  public static PlanSignature of(
      Party party, String signatory, int version, String sha256, Instant signedAt) {
    return new PlanSignature(party, signatory, version, sha256, signedAt);
  }
}
