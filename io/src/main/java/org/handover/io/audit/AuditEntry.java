package org.handover.io.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the audit trail. Its hash is the SHA-256 (hex) of the previous entry's hash, a line
 * feed, and the entry's canonical content: the JSON array {@code [seq, at, actor, action, subject,
 * details]}, where details is itself a canonical JSON object (keys sorted). JSON makes the content
 * unambiguous whatever characters a field holds.
 */
public record AuditEntry(
    long seq,
    String at,
    String actor,
    String action,
    String subject,
    String details,
    String previousHash,
    String hash) {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON = new ObjectMapper();

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** The hash an entry with these fields must carry. */
  static String hashOf(
      String previousHash,
      long seq,
      String at,
      String actor,
      String action,
      String subject,
      String details) {
    String content;
    try {
      content = JSON.writeValueAsString(List.of(seq, at, actor, action, subject, details));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings and a number is JSON", e);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((previousHash + "\n" + content).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The hash this entry's fields call for (equal to {@link #hash} unless it was altered). */
  public String expectedHash() {
    return hashOf(previousHash, seq, at, actor, action, subject, details);
  }
}
