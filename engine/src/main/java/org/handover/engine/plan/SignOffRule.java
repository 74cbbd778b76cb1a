package org.handover.engine.plan;

/** The rules of signing off a plan; a refusal names the one it would break. */
public enum SignOffRule {
  CURRENT_VERSION_ONLY(
      "only the current version can be proposed or signed: a change makes a new version and voids"
          + " the signatures of earlier ones"),
  PROPOSE_BEFORE_SIGNING("a draft is signed only after it has been proposed"),
  AGREED_IS_FINAL("an agreed version is not changed or signed again: a change is a new version"),
  CONTENT_MUST_MATCH("a signature binds the content: the hash signed must be the version's hash"),
  ONE_SIGNATURE_PER_PARTY("each party signs a version once, through one signatory");

  private final String text;

  SignOffRule(String text) {
    this.text = text;
  }

  /** The rule in words. */
  public String text() {
    return text;
  }
}
