package org.handover.io.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.handover.engine.HandoverException;

/**
 * A user's role, and what it permits. Duties are kept apart: an administrator manages users and
 * roles and reads the audit trail but reads no data and cannot sign; a signatory signs for one
 * party only.
 */
public enum Role {
  VIEWER("viewer", EnumSet.of(Permission.READ)),
  ANALYST("analyst", EnumSet.of(Permission.READ, Permission.ANALYSE)),
  HOST_SIGNATORY("host-signatory", EnumSet.of(Permission.READ, Permission.SIGN_HOST)),
  PARTNER_SIGNATORY("partner-signatory", EnumSet.of(Permission.READ, Permission.SIGN_PARTNER)),
  ADMINISTRATOR("administrator", EnumSet.of(Permission.ADMINISTER));

  /** What a role may do; each endpoint requires one. */
  public enum Permission {
    /** read the theater, assessments, histories, forecasts, the ledger, imports */
    READ,
    /** import data, record decisions, run comparisons, draft plans */
    ANALYSE,
    /** sign a plan for the host nation */
    SIGN_HOST,
    /** sign a plan for the partner */
    SIGN_PARTNER,
    /** add users, change roles, read the audit trail */
    ADMINISTER
  }

  private final String id;
  private final Set<Permission> permissions;

  Role(String id, Set<Permission> permissions) {
    this.id = id;
    this.permissions = Set.copyOf(permissions);
  }

  /** The role's name in the store, the API and on the command line. */
  public String id() {
    return id;
  }

  public boolean permits(Permission p) {
    return permissions.contains(p);
  }

  /** The role named {@code id}, or a user error listing the roles. */
  public static Role parse(String id) {
    for (Role r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new HandoverException(
        "unknown role '"
            + id
            + "' (roles: "
            + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "))
            + ")");
  }
}
