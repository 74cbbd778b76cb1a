package org.handover.engine.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.handover.engine.HandoverException;

/**
 * One version of a named plan: its transitions, its document (canonical JSON, opaque here: the
 * solver's output or a saved file, with whatever else it holds), and the SHA-256 of its content,
 * which is what the parties sign. The content is the transitions and the document; the name,
 * version number, author and times are not, so the same content saved again has the same hash.
 *
 * <p>Transitions are kept in a canonical order (month, tranche, region, from, to); a plan may not
 * move a region between the same two stages twice.
 *
 * @param provenance where the version came from (a file and its SHA-256, or the solver's run)
 */
public record PlanVersion(
    String plan,
    int version,
    List<PlannedTransition> transitions,
    String document,
    String sha256,
    String createdBy,
    Instant createdAt,
    String provenance) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** What the hash covers comes first, so a change of format changes every hash. */
  private static final String CANONICAL_HEADER = "handover-plan-content/1\n";

  private static final Comparator<PlannedTransition> ORDER =
      Comparator.comparing(PlannedTransition::month)
          .thenComparingInt(PlannedTransition::tranche)
          .thenComparing(PlannedTransition::region)
          .thenComparing(PlannedTransition::fromStage)
          .thenComparing(PlannedTransition::toStage);

  public PlanVersion {
    requireName(plan);
    if (version < 1) {
      throw new IllegalArgumentException("a plan's versions count from 1, not " + version);
    }
    transitions = canonical(plan, transitions);
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(provenance, "provenance");
    if (!sha256.equals(contentHash(transitions, document))) {
      throw new HandoverException(
          "plan "
              + plan
              + " version "
              + version
              + ": its content hashes to "
              + contentHash(transitions, document)
              + ", not the recorded "
              + sha256
              + ": the stored plan was changed outside Handover");
    }
  }

  /** A new version with its hash computed from {@code transitions} and {@code document}. */
  public static PlanVersion of(
      String plan,
      int version,
      List<PlannedTransition> transitions,
      String document,
      String createdBy,
      Instant createdAt,
      String provenance) {
    List<PlannedTransition> sorted = canonical(requireName(plan), transitions);
    return new PlanVersion(
        plan,
        version,
        sorted,
        document,
        contentHash(sorted, document),
        createdBy,
        createdAt,
        provenance);
  }

  /**
   * The SHA-256 (lower-case hex) of the canonical form of a plan's content: a header line, one line
   * per transition in canonical order (region, from, to, month, tranche separated by tabs), an
   * empty line, then the document.
   */
  public static String contentHash(List<PlannedTransition> transitions, String document) {
    StringBuilder text = new StringBuilder(CANONICAL_HEADER);
    List<PlannedTransition> sorted = new ArrayList<>(transitions);
    sorted.sort(ORDER);
    for (PlannedTransition t : sorted) {
      text.append(t.region().name().replace('\t', ' ').replace('\n', ' '))
          .append('\t')
          .append(t.fromStage())
          .append('\t')
          .append(t.toStage())
          .append('\t')
          .append(t.month())
          .append('\t')
          .append(t.tranche())
          .append('\n');
    }
    text.append('\n').append(document);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Checks a plan's name: it becomes part of ledger ids, so letters, digits, '.', '_' and '-', at
   * most 64, starting with a letter or digit.
   */
  public static String requireName(String name) {
    Objects.requireNonNull(name, "plan name");
    if (!NAME.matcher(name).matches()) {
      throw new HandoverException(
          "plan name '"
              + name
              + "' is not allowed: use 1 to 64 letters, digits, '.', '_' or '-', starting with a"
              + " letter or digit (it becomes part of the planned decisions' ids)");
    }
    return name;
  }

  /** The first 12 hex digits of the hash, as shown beside a version. */
  public String shortHash() {
    return sha256.substring(0, 12);
  }

  private static List<PlannedTransition> canonical(
      String plan, List<PlannedTransition> transitions) {
    List<PlannedTransition> sorted = new ArrayList<>(transitions);
    sorted.sort(ORDER);
    Map<List<Object>, PlannedTransition> seen = new HashMap<>();
    for (PlannedTransition t : sorted) {
      if (t.fromStage().equals(t.toStage())) {
        throw new HandoverException(
            "plan "
                + plan
                + ": "
                + t.region()
                + " moves from "
                + t.fromStage()
                + " to the same stage in "
                + t.month()
                + ": a transition changes the stage");
      }
      PlannedTransition earlier = seen.putIfAbsent(key(t), t);
      if (earlier != null) {
        throw new HandoverException(
            "plan "
                + plan
                + ": "
                + t.region()
                + " moves from "
                + t.fromStage()
                + " to "
                + t.toStage()
                + " twice ("
                + earlier.month()
                + " and "
                + t.month()
                + "): keep one");
      }
    }
    return List.copyOf(sorted);
  }

  /** What identifies a transition across versions: the region and the two stages. */
  static List<Object> key(PlannedTransition t) {
    return List.of(t.region(), t.fromStage(), t.toStage());
  }
}
