package org.handover.engine.decision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.handover.engine.HandoverException;
import org.handover.engine.theater.RegionId;

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

  /** The month from which the decision counts: the month of its effective date. */
  public YearMonth effectiveMonth() {
    return YearMonth.from(effective);
  }

  public boolean wholeRegion() {
    return part.isEmpty();
  }

  public LedgerEntry withPart(String note) {
    return new LedgerEntry(
        id,
        kind,
        region,
        Optional.of(note),
        fromStage,
        toStage,
        announced,
        effective,
        decidedBy,
        agreedBy,
        source,
        this.note,
        basis,
        supersedes);
  }

  public LedgerEntry withFromStage(String stage) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        Optional.of(stage),
        toStage,
        announced,
        effective,
        decidedBy,
        agreedBy,
        source,
        note,
        basis,
        supersedes);
  }

  public LedgerEntry withAnnounced(LocalDate date) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        fromStage,
        toStage,
        Optional.of(date),
        effective,
        decidedBy,
        agreedBy,
        source,
        note,
        basis,
        supersedes);
  }

  public LedgerEntry withDecidedBy(String party) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        fromStage,
        toStage,
        announced,
        effective,
        party,
        agreedBy,
        source,
        note,
        basis,
        supersedes);
  }

  public LedgerEntry withAgreedBy(List<String> parties) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        fromStage,
        toStage,
        announced,
        effective,
        decidedBy,
        parties,
        source,
        note,
        basis,
        supersedes);
  }

  public LedgerEntry withSource(String text) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        fromStage,
        toStage,
        announced,
        effective,
        decidedBy,
        agreedBy,
        text,
        note,
        basis,
        supersedes);
  }

  public LedgerEntry withNote(String text) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        fromStage,
        toStage,
        announced,
        effective,
        decidedBy,
        agreedBy,
        source,
        text,
        basis,
        supersedes);
  }

  public LedgerEntry withBasis(Basis b) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        fromStage,
        toStage,
        announced,
        effective,
        decidedBy,
        agreedBy,
        source,
        note,
        Optional.of(b),
        supersedes);
  }

  public LedgerEntry withSupersedes(String earlierId) {
    return new LedgerEntry(
        id,
        kind,
        region,
        part,
        fromStage,
        toStage,
        announced,
        effective,
        decidedBy,
        agreedBy,
        source,
        note,
        basis,
        Optional.of(earlierId));
  }
}
