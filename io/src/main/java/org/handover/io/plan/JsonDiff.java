package org.handover.io.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The differences between two JSON documents, each at its JSON pointer (RFC 6901): a value added,
 * removed or changed. Objects are compared key by key (in sorted order), arrays position by
 * position; a value whose type changes is one change at its pointer.
 */
public final class JsonDiff {
  private JsonDiff() {}

  /** What happened at a pointer. */
  public enum Op {
    ADDED,
    REMOVED,
    CHANGED
  }

  /**
   * One difference: {@code before} is empty when added, {@code after} when removed; each in
   * canonical JSON.
   */
  public record Change(String pointer, Op op, Optional<String> before, Optional<String> after) {
    public Change {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(op, "op");
    }
  }

  /** The changes from {@code a} to {@code b}, in document order. */
  public static List<Change> of(JsonNode a, JsonNode b) {
    List<Change> out = new ArrayList<>();
    diff("", a, b, out);
    return out;
  }

  private static void diff(String pointer, JsonNode a, JsonNode b, List<Change> out) {
    if (a.isObject() && b.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      for (String k : keys) {
        child(pointer + "/" + escape(k), a.get(k), b.get(k), out);
      }
    } else if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        child(pointer + "/" + i, a.get(i), b.get(i), out);
      }
    } else if (!PlanJson.canonical(a).equals(PlanJson.canonical(b))) {
      out.add(
          new Change(
              pointer,
              Op.CHANGED,
              Optional.of(PlanJson.canonical(a)),
              Optional.of(PlanJson.canonical(b))));
    }
  }

  private static void child(String pointer, JsonNode a, JsonNode b, List<Change> out) {
    if (a == null) {
      out.add(new Change(pointer, Op.ADDED, Optional.empty(), Optional.of(PlanJson.canonical(b))));
    } else if (b == null) {
      out.add(
          new Change(pointer, Op.REMOVED, Optional.of(PlanJson.canonical(a)), Optional.empty()));
    } else {
      diff(pointer, a, b, out);
    }
  }

  /** A key as a pointer token: '~' as "~0", '/' as "~1". */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
