package org.handover.engine.decision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.handover.engine.HandoverException;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionNames;

/**
 * One decision: region {@code region} (or the {@code part} of it the note names) moves to stage
 * {@code toStage}, effective {@link #effective}. Build with {@link #of} and the {@code with...}
 * methods; each returns a new entry.
 *
 * @param part empty when the decision covers the whole region, else a note naming the part
 * @param fromStage the stage it moved from, when the record says
 * @param agreedBy the parties that agreed, in the record's order
 * @param basis the assessment the decision rested on, when known
 * @param supersedes the id of the earlier entry this one corrects
 */
public record LedgerEntry(
    String id,
    DecisionKind kind,
    RegionId region,
    Optional<String> part,
    Optional<String> fromStage,
    String toStage,
    Optional<LocalDate> announced,
    LocalDate effective,
    String decidedBy,
    List<String> agreedBy,
    String source,
    String note,
    Optional<Basis> basis,
    Optional<String> supersedes) {

  public LedgerEntry {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new HandoverException("a ledger entry needs an id");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(region, "region");
    part = part.map(String::strip).filter(p -> !p.isEmpty());
    Objects.requireNonNull(fromStage, "fromStage");
    Objects.requireNonNull(toStage, "toStage");
    Objects.requireNonNull(announced, "announced");
    Objects.requireNonNull(effective, "effective");
    decidedBy = decidedBy == null ? "" : decidedBy;
    agreedBy = List.copyOf(agreedBy);
    source = source == null ? "" : source;
    note = note == null ? "" : note;
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(supersedes, "supersedes");
    if (announced.isPresent() && effective.isBefore(announced.get())) {
      throw new HandoverException(
          "ledger entry "
              + id
              + " ("
              + region
              + "): effective date "
              + effective
              + " is before its announced date "
              + announced.get());
    }
  }

  /**
   * A decision of {@code kind} moving the whole of {@code region} to {@code toStage} on {@code
   * effective}.
   */
  public static LedgerEntry of(
      String id, DecisionKind kind, RegionId region, String toStage, LocalDate effective) {
    return new LedgerEntry(
        id,
        kind,
        region,
        Optional.empty(),
        Optional.empty(),
        toStage,
        Optional.empty(),
        effective,
        "",
        List.of(),
        "",
        "",
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The id a decision gets when it names none: the region's normalised name with '-' for spaces,
   * the stage and the effective date, joined by '/', e.g. {@code dhi-qar/LOCAL_CONTROL/2006-09-21}.
   */
  public static String defaultId(RegionId region, String toStage, LocalDate effective) {
    return RegionNames.normalise(region.name()).replace(' ', '-') + "/" + toStage + "/" + effective;
  }

  /** The month from which the decision counts: the month of its effective date. */
  public YearMonth effectiveMonth() {
    return YearMonth.from(effective);
  }

  public boolean wholeRegion() {
    return part.isEmpty();
  }

  public LedgerEntry withPart(String text) {
    return copy(b -> b.part = Optional.of(text));
  }

  public LedgerEntry withFromStage(String stage) {
    return copy(b -> b.fromStage = Optional.of(stage));
  }

  public LedgerEntry withAnnounced(LocalDate date) {
    return copy(b -> b.announced = Optional.of(date));
  }

  public LedgerEntry withDecidedBy(String party) {
    return copy(b -> b.decidedBy = party);
  }

  public LedgerEntry withAgreedBy(List<String> parties) {
    return copy(b -> b.agreedBy = parties);
  }

  public LedgerEntry withSource(String text) {
    return copy(b -> b.source = text);
  }

  public LedgerEntry withNote(String text) {
    return copy(b -> b.note = text);
  }

  public LedgerEntry withBasis(Basis basis) {
    return copy(b -> b.basis = Optional.of(basis));
  }

  public LedgerEntry withSupersedes(String earlierId) {
    return copy(b -> b.supersedes = Optional.of(earlierId));
  }

  /** This entry with {@code change} made: the one place that lists every component. */
  private LedgerEntry copy(Consumer<Components> change) {
    Components b = new Components(this);
    change.accept(b);
    return new LedgerEntry(
        id,
        kind,
        region,
        b.part,
        b.fromStage,
        toStage,
        b.announced,
        effective,
        b.decidedBy,
        b.agreedBy,
        b.source,
        b.note,
        b.basis,
        b.supersedes);
  }

  /** The components a wither may change, starting as {@code entry}'s. */
  private static final class Components {
    Optional<String> part;
    Optional<String> fromStage;
    Optional<LocalDate> announced;
    String decidedBy;
    List<String> agreedBy;
    String source;
    String note;
    Optional<Basis> basis;
    Optional<String> supersedes;

    Components(LedgerEntry entry) {
      part = entry.part;
      fromStage = entry.fromStage;
      announced = entry.announced;
      decidedBy = entry.decidedBy;
      agreedBy = entry.agreedBy;
      source = entry.source;
      note = entry.note;
      basis = entry.basis;
      supersedes = entry.supersedes;
    }
  }
}
