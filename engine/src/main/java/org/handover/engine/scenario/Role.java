package org.handover.engine.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * What foreign troops do in a region. The roles the transition plans argued over: combat, the
 * enablers kept after a transfer (air support, logistics, intelligence, quick reaction), and those
 * that build local forces (training, advise and assist).
 */
public enum Role {
  COMBAT("combat"),
  ADVISE_ASSIST("advise_assist"),
  TRAINING("training"),
  LOGISTICS("logistics"),
  AIR_SUPPORT("air_support"),
  INTELLIGENCE("intelligence"),
  SPECIAL_OPERATIONS("special_operations"),
  QUICK_REACTION("quick_reaction");

  private final String key;

  Role(String key) {
    this.key = key;
  }

  /** The name in policy files and outputs ({@code advise_assist}). */
  public String key() {
    return key;
  }

  /** Troops in this role train local forces: they feed the training pipeline. */
  public boolean trains() {
    return this == TRAINING || this == ADVISE_ASSIST;
  }

  /** The role named {@code key} in a policy file (any case, {@code -} or {@code _}). */
  public static Optional<Role> byKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Role r : values()) {
      if (r.key.equals(k)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
