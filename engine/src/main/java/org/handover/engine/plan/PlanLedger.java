package org.handover.engine.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handover.engine.HandoverException;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.RegionNames;

/**
 * The PLANNED decisions an agreed plan version puts in the ledger: one entry per transition,
 * effective on the first day of its month, with an id linked to the plan and version ({@code
 * plan/NAME/vN/region/STAGE/YYYY-MM}), decided by the plan, agreed by its two signatories, and its
 * source naming the plan, version and content hash.
 *
 * <p>A later agreement of the same plan supersedes what the earlier one put there: each new entry
 * supersedes the plan's effective entry for the same region and stages (else for the same region),
 * and an earlier transition the new version no longer has is withdrawn by an entry of its own
 * ({@code plan/NAME/vN/withdrawn/...}) that supersedes it and keeps the region at the stage it was
 * to leave (a ledger entry cannot be deleted, only superseded). Other plans' entries and planned
 * decisions imported from files are left alone.
 */
public final class PlanLedger {
  private PlanLedger() {}

  /** The prefix of every ledger id of plan {@code name}. */
  public static String idPrefix(String name) {
    return "plan/" + name + "/";
  }

  /**
   * The entries agreed version {@code agreed} of {@code plan} appends to {@code planned}, the
   * theater's PLANNED ledger as it stands.
   *
   * @throws HandoverException if the version is not agreed, or an entry would break the ledger's
   *     rules (an id already there)
   */
  public static List<LedgerEntry> entries(Plan plan, int agreed, Ledger planned) {
    if (planned.kind() != DecisionKind.PLANNED) {
      throw new IllegalArgumentException("a plan's decisions go to the PLANNED ledger");
    }
    VersionState v = plan.version(agreed);
    if (v.status() != PlanStatus.AGREED) {
      throw new HandoverException(
          "plan " + plan.name() + " version " + agreed + " is not agreed: it has no decisions");
    }
    PlanVersion version = v.version();
    String prefix = idPrefix(plan.name()) + "v" + agreed + "/";
    String decidedBy = "plan " + plan.name() + " version " + agreed;
    List<String> agreedBy =
        v.signatures().stream()
            .sorted(Comparator.comparing(PlanSignature::party))
            .map(s -> s.signatory() + " (" + SignOff.party(s.party()) + ")")
            .toList();
    LocalDate agreedOn = v.agreedAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate();
    String source = decidedBy + ", sha256 " + version.sha256();

    // the plan's effective entries from earlier agreements, in the order added
    Map<String, LedgerEntry> open = new LinkedHashMap<>();
    for (LedgerEntry e : planned.effective()) {
      if (e.id().startsWith(idPrefix(plan.name()))) {
        open.put(e.id(), e);
      }
    }
    List<LedgerEntry> out = new ArrayList<>();
    for (PlannedTransition t : version.transitions()) {
      LedgerEntry entry =
          LedgerEntry.of(
                  prefix + slug(t) + "/" + t.toStage() + "/" + t.month(),
                  DecisionKind.PLANNED,
                  t.region(),
                  t.toStage(),
                  t.month().atDay(1))
              .withFromStage(t.fromStage())
              .withDecidedBy(decidedBy)
              .withAgreedBy(agreedBy)
              .withSource(source)
              .withNote(
                  "tranche "
                      + t.tranche()
                      + "; agreed "
                      + agreedOn
                      + " by both parties' signatures");
      Optional<LedgerEntry> replaced = match(open, t);
      if (replaced.isPresent()) {
        open.remove(replaced.get().id());
        entry =
            entry
                .withSupersedes(replaced.get().id())
                .withNote(entry.note() + "; replaces " + replaced.get().id());
      }
      out.add(entry);
    }
    for (LedgerEntry left : open.values()) {
      if (left.id().contains("/withdrawn/") || left.fromStage().isEmpty()) {
        continue; // already withdrawn: the region stays where it was
      }
      String from = left.fromStage().get();
      out.add(
          LedgerEntry.of(
                  prefix + "withdrawn/" + withoutVersion(plan.name(), left.id()),
                  DecisionKind.PLANNED,
                  left.region(),
                  from,
                  left.effective())
              .withFromStage(from)
              .withDecidedBy(decidedBy)
              .withAgreedBy(agreedBy)
              .withSource(source)
              .withSupersedes(left.id())
              .withNote(
                  "withdrawn: "
                      + decidedBy
                      + " no longer moves "
                      + left.region()
                      + " to "
                      + left.toStage()
                      + "; it stays "
                      + from));
    }
    Ledger check = planned;
    for (LedgerEntry e : out) {
      check = check.add(e);
    }
    return out;
  }

  /** The open entry a transition replaces: same region and stages, else the same region. */
  private static Optional<LedgerEntry> match(Map<String, LedgerEntry> open, PlannedTransition t) {
    Optional<LedgerEntry> same =
        open.values().stream()
            .filter(
                e ->
                    e.region().equals(t.region())
                        && e.toStage().equals(t.toStage())
                        && e.fromStage().equals(Optional.of(t.fromStage())))
            .findFirst();
    if (same.isPresent()) {
      return same;
    }
    return open.values().stream().filter(e -> e.region().equals(t.region())).findFirst();
  }

  /** {@code plan/NAME/vM/REST} without its plan and version: {@code REST}. */
  private static String withoutVersion(String name, String id) {
    String rest = id.substring(idPrefix(name).length());
    return rest.substring(rest.indexOf('/') + 1);
  }

  private static String slug(PlannedTransition t) {
    return RegionNames.normalise(t.region().name()).replace(' ', '-');
  }
}
