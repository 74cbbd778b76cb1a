package org.handover.io.imports.decisions;

/**
 * One decision as written, before any check: the fields of a row of a decisions CSV, or of {@code
 * handover decide}'s options. Blank means not given.
 *
 * @param id empty: derived from region, stage and date ({@link
 *     org.handover.engine.decision.LedgerEntry#defaultId})
 * @param scope empty or "whole ..." (e.g. "whole province"): the whole region; otherwise the part
 *     it names
 * @param agreedBy the parties, separated by ';'
 */
public record DecisionFields(
    String id,
    String region,
    String scope,
    String fromStage,
    String toStage,
    String announced,
    String effective,
    String decidedBy,
    String agreedBy,
    String source,
    String note,
    String supersedes) {
  public DecisionFields {
    id = strip(id);
    region = strip(region);
    scope = strip(scope);
    fromStage = strip(fromStage);
    toStage = strip(toStage);
    announced = strip(announced);
    effective = strip(effective);
    decidedBy = strip(decidedBy);
    agreedBy = strip(agreedBy);
    source = strip(source);
    note = strip(note);
    supersedes = strip(supersedes);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
