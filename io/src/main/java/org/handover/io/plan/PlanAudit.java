package org.handover.io.plan;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.handover.io.audit.AuditLog;

/** Audit entries for plan changes, appended in the transaction that makes the change. */
public final class PlanAudit {
  private PlanAudit() {}

  /** What an entry says: its subject and details. */
  public record Entry(String subject, Map<String, String> details) {
    public Entry {
      details = Map.copyOf(details);
    }
  }

  /**
   * Work for {@link PlanStore}'s operations that appends one audit entry by {@code actor}, {@code
   * action}, described from the operation's result by {@code describe}.
   */
  public static <T> PlanStore.InTransaction<T> entry(
      String actor, String action, Function<T, Entry> describe) {
    return (c, result) -> {
      Entry e = describe.apply(result);
      AuditLog.append(c, Clock.systemUTC(), actor, action, e.subject(), e.details());
    };
  }
}
