package org.handover.io.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.handover.io.files.InputFiles;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;

/**
 * The end of the audit trail written down outside the store: how many entries it had, the last
 * one's hash, and when. The chain alone shows an entry edited or removed in its middle, but not
 * entries cut off its end, nor a whole chain rewritten consistently by someone who can write the
 * store; an anchor kept where they cannot write (another machine, write-once media) shows both: the
 * entry it names must still be in the trail with the hash it recorded.
 *
 * <p>The file is a small JSON object: {@code format} ({@value #FORMAT}), {@code entries}, {@code
 * last_seq}, {@code last_hash}, {@code written_at} and {@code database}.
 */
public record AuditAnchor(
    long entries, long lastSeq, String lastHash, String writtenAt, String database) {
  /** The format tag that marks an anchor file (and lets a renewal replace it). */
  public static final String FORMAT = "handover-audit-anchor";

  private static final ObjectMapper JSON = new ObjectMapper();

  public AuditAnchor {
    Objects.requireNonNull(lastHash, "lastHash");
    Objects.requireNonNull(writtenAt, "writtenAt");
    Objects.requireNonNull(database, "database");
  }

  /** The anchor of {@code store}'s trail as it stands now. */
  public static AuditAnchor of(Store store, Clock clock) {
    AuditLog.Head head = AuditLog.head(store);
    long entries = store.count("SELECT count(*) FROM audit_log");
    return new AuditAnchor(
        entries,
        head.seq(),
        head.hash(),
        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(),
        store.file() == null ? "" : store.file().toAbsolutePath().toString());
  }

  /** The anchor as its file holds it (one JSON object, keys in a fixed order, a final newline). */
  public String json() {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", FORMAT);
    o.put("entries", entries);
    o.put("last_seq", lastSeq);
    o.put("last_hash", lastHash);
    o.put("written_at", writtenAt);
    o.put("database", database);
    return o.toPrettyString() + "\n";
  }

  /** Whether a file's first bytes are an anchor's (so that writing an anchor may renew it). */
  public static boolean isAnchor(String head) {
    return head.contains("\"format\" : \"" + FORMAT + "\"");
  }

  /** Writes the anchor to {@code file} through {@code guard}, whole or not at all. */
  public void write(Path file, OutputGuard guard) {
    guard
        .replacingOwn(AuditAnchor::isAnchor)
        .write(file, f -> Files.writeString(f, json(), StandardCharsets.UTF_8));
  }

  /** Reads an anchor file; a file that is not one is refused naming the file and the field. */
  public static AuditAnchor read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(InputFiles.readConfig(file));
    } catch (IOException e) {
      throw new AnchorException(
          file + ": not an audit anchor (JSON written by handover audit anchor): " + e.getMessage(),
          e);
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new AnchorException(
          file + ": not an audit anchor: field 'format' must be '" + FORMAT + "'");
    }
    long entries = number(file, root, "entries");
    long lastSeq = number(file, root, "last_seq");
    String hash = root.path("last_hash").asText("");
    if (!hash.matches("[0-9a-f]{64}")) {
      throw new AnchorException(
          file + ": field 'last_hash' must be a SHA-256 in hex (64 digits), not '" + hash + "'");
    }
    String at = root.path("written_at").asText("");
    try {
      Instant.parse(at);
    } catch (DateTimeParseException e) {
      throw new AnchorException(file + ": field 'written_at' is not a time: '" + at + "'", e);
    }
    return new AuditAnchor(entries, lastSeq, hash, at, root.path("database").asText(""));
  }

  private static long number(Path file, JsonNode root, String field) {
    JsonNode n = root.get(field);
    if (n == null || !n.canConvertToExactIntegral() || n.asLong() < 0) {
      throw new AnchorException(
          file + ": field '" + field + "' must be a whole number of 0 or more");
    }
    return n.asLong();
  }

  /**
   * What of this anchor {@code store}'s trail does not match: the entry it names is missing (the
   * trail was cut short) or has another hash (the chain was rewritten); empty when the trail still
   * holds the anchored entry as it was. A trail that grew since is fine. Check the chain itself
   * with {@link AuditLog#verify} first.
   */
  public Optional<String> mismatch(Store store) {
    AuditLog.Head head = AuditLog.head(store);
    String anchored =
        "the anchor written " + writtenAt + " recorded " + entries + " entries, the last";
    if (head.seq() < lastSeq) {
      return Optional.of(
          "the trail ends at entry "
              + head.seq()
              + " but "
              + anchored
              + " entry "
              + lastSeq
              + " with hash "
              + lastHash
              + ": entries "
              + (head.seq() + 1)
              + " to "
              + lastSeq
              + " were removed");
    }
    if (lastSeq == 0) {
      return Optional.empty();
    }
    List<AuditEntry> at = AuditLog.entries(store, lastSeq, lastSeq + 1);
    String hash = at.isEmpty() ? "(none)" : at.get(0).hash();
    if (!hash.equals(lastHash)) {
      return Optional.of(
          "entry "
              + lastSeq
              + " has hash "
              + hash
              + " but "
              + anchored
              + " with hash "
              + lastHash
              + ": the chain up to entry "
              + lastSeq
              + " was rewritten");
    }
    return Optional.empty();
  }
}
