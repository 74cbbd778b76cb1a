package org.handover.engine.plan;

import org.handover.engine.HandoverException;

/** A proposal or signature refused by a sign-off rule; the message ends with the rule. */
public final class SignOffException extends HandoverException {
  private static final long serialVersionUID = 1L;

  private final SignOffRule rule;

  SignOffException(SignOffRule rule, String message) {
    super(message + " (rule: " + rule.text() + ")");
    this.rule = rule;
  }

  public SignOffRule rule() {
    return rule;
  }
}
