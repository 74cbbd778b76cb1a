package org.handover.app.web;

import io.javalin.security.RouteRole;
import java.util.Set;
import org.handover.io.access.Role;
import org.handover.io.access.Role.Permission;

/** What a route needs: nothing (sign-in, assets), or a signed-in user whose role permits it. */
enum Need implements RouteRole {
  PUBLIC(),
  // any signed-in user, whatever the role (the session, sign-out, the API description)
  SIGNED_IN(),
  READ(Permission.READ),
  ANALYSE(Permission.ANALYSE),
  ADMINISTER(Permission.ADMINISTER),
  SIGN_HOST(Permission.SIGN_HOST),
  SIGN_PARTNER(Permission.SIGN_PARTNER),
  // signing a plan for either party: the handler signs for the party the role permits
  SIGN(Permission.SIGN_HOST, Permission.SIGN_PARTNER);

  private final Set<Permission> anyOf;

  Need(Permission... anyOf) {
    this.anyOf = Set.of(anyOf);
  }

  /**
   * Whether {@code role} holds one of the permissions needed; any role may use a route that needs
   * none (a public one, or one for any signed-in user).
   */
  boolean permits(Role role) {
    return anyOf.isEmpty() || anyOf.stream().anyMatch(role::permits);
  }
}
