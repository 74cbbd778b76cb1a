package org.handover.engine.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * The decisions taken about the regions of a theater: append-only and of one {@link DecisionKind}.
 * Adding returns a new ledger. A correction is a new entry that {@linkplain LedgerEntry#supersedes
 * supersedes} an earlier one: both stay in {@link #entries()}, only the correction is in {@link
 * #effective()}.
 *
 * <p>Guards, each a {@link HandoverException} naming the entries: an id used twice; an entry of
 * another kind; superseding an id not (yet) in the ledger; superseding an entry that is already
 * superseded. A correction of a correction supersedes the latest one, so corrections form a single
 * chain and exactly one entry of each chain is effective. (An entry whose effective date is before
 * its announced date is refused by {@link LedgerEntry} itself.)
 *
 * <p>{@link #status}: a region's decided stage in a month is the {@code toStage} of the effective
 * whole-region entry with the latest effective date in or before that month (a decision counts from
 * the month of its effective date, whatever the day); between entries with the same effective date
 * the one added later wins. Undecided ({@code -1}) before the region's first decision. An entry for
 * part of a region is kept and listed but does not set the region's status.
 */
public final class Ledger {
  private final DecisionKind kind;
  private final List<LedgerEntry> entries;
  private final Map<String, String> supersededBy;

  private Ledger(DecisionKind kind, List<LedgerEntry> entries, Map<String, String> supersededBy) {
    this.kind = kind;
    this.entries = entries;
    this.supersededBy = supersededBy;
  }

  public static Ledger empty(DecisionKind kind) {
    return new Ledger(Objects.requireNonNull(kind, "kind"), List.of(), Map.of());
  }

  /** A ledger of {@code kind} holding {@code entries}, added in order. */
  public static Ledger of(DecisionKind kind, List<LedgerEntry> entries) {
    Ledger ledger = empty(kind);
    for (LedgerEntry e : entries) {
      ledger = ledger.add(e);
    }
    return ledger;
  }

  /** This ledger with {@code entry} appended. */
  public Ledger add(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entry.kind() != kind) {
      throw new HandoverException(
          "ledger entry "
              + entry.id()
              + " is "
              + entry.kind()
              + " but the ledger holds "
              + kind
              + " decisions: keep real, planned and simulated decisions in separate ledgers");
    }
    if (find(entry.id()).isPresent()) {
      throw new HandoverException("ledger entry id " + entry.id() + " is used twice");
    }
    Map<String, String> superseded = supersededBy;
    if (entry.supersedes().isPresent()) {
      String earlier = entry.supersedes().get();
      if (find(earlier).isEmpty()) {
        throw new HandoverException(
            "ledger entry "
                + entry.id()
                + " supersedes "
                + earlier
                + ", which is not in the ledger: a correction must follow the entry it corrects");
      }
      String later = supersededBy.get(earlier);
      if (later != null) {
        throw new HandoverException(
            "ledger entry "
                + entry.id()
                + " supersedes "
                + earlier
                + ", which "
                + later
                + " already supersedes: supersede "
                + later
                + " instead");
      }
      Map<String, String> copy = new HashMap<>(supersededBy);
      copy.put(earlier, entry.id());
      superseded = Collections.unmodifiableMap(copy);
    }
    List<LedgerEntry> appended = new ArrayList<>(entries);
    appended.add(entry);
    return new Ledger(kind, Collections.unmodifiableList(appended), superseded);
  }

  public DecisionKind kind() {
    return kind;
  }

  /** Every entry, superseded or not, in the order added. */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /** The entries no later entry supersedes, in the order added. */
  public List<LedgerEntry> effective() {
    return entries.stream().filter(e -> !supersededBy.containsKey(e.id())).toList();
  }

  public Optional<LedgerEntry> find(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The id of the entry that corrects entry {@code id}, if any. */
  public Optional<String> supersededBy(String id) {
    return Optional.ofNullable(supersededBy.get(id));
  }

  /**
   * The decided stage rank ({@code stages} order) of every region of {@code theater} in every
   * month, {@code [region][month]}, {@code -1} where undecided.
   *
   * @throws HandoverException if an effective entry names a region not in the theater or a stage
   *     not on the ladder
   */
  public int[][] status(Theater theater, MonthRange months, List<Stage> stages) {
    LedgerEntry[][] deciding = deciding(theater, months, stages);
    int[][] status = new int[theater.size()][months.length()];
    for (int r = 0; r < status.length; r++) {
      for (int m = 0; m < status[r].length; m++) {
        LedgerEntry e = deciding[r][m];
        status[r][m] = e == null ? -1 : stageRank(e, e.toStage(), stages);
      }
    }
    return status;
  }

  /**
   * The entry that sets each region's status in each month, {@code [region][month]}, null where
   * undecided: the effective whole-region entry with the latest effective date in or before the
   * month, the later added between equal dates.
   *
   * @throws HandoverException if an effective entry names a region not in the theater or a stage
   *     not on the ladder
   */
  public LedgerEntry[][] deciding(Theater theater, MonthRange months, List<Stage> stages) {
    LedgerEntry[][] deciding = new LedgerEntry[theater.size()][months.length()];
    List<LedgerEntry> ordered = new ArrayList<>(effective());
    ordered.sort(Comparator.comparing(LedgerEntry::effective)); // stable: ties keep the order added
    for (LedgerEntry e : ordered) {
      int region = regionIndex(e, theater);
      stageRank(e, e.toStage(), stages);
      e.fromStage().ifPresent(s -> stageRank(e, s, stages));
      if (!e.wholeRegion()) {
        continue;
      }
      int from = Math.max(0, months.offsetOf(e.effectiveMonth()));
      Arrays.fill(deciding[region], Math.min(from, months.length()), months.length(), e);
    }
    return deciding;
  }

  private static int regionIndex(LedgerEntry e, Theater theater) {
    if (theater.find(e.region()).isEmpty()) {
      throw new HandoverException(
          "ledger entry "
              + e.id()
              + " names region "
              + e.region()
              + ", which is not in theater "
              + theater.name());
    }
    return theater.indexOf(e.region());
  }

  private static int stageRank(LedgerEntry e, String stage, List<Stage> stages) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(stage)) {
        return i;
      }
    }
    throw new HandoverException(
        "ledger entry "
            + e.id()
            + " names stage "
            + stage
            + ", which is not on the ladder ("
            + String.join(", ", stages.stream().map(Stage::id).toList())
            + ")");
  }
}
