package org.handover.app.web;

import io.javalin.security.RouteRole;
import java.util.Optional;
import org.handover.io.access.Role.Permission;

/** What a route needs: nothing (sign-in, assets), or a signed-in user whose role permits it. */
enum Need implements RouteRole {
  PUBLIC(null),
  // any signed-in user, whatever the role (the session, sign-out, the API description)
  SIGNED_IN(null),
  READ(Permission.READ),
  ANALYSE(Permission.ANALYSE),
  ADMINISTER(Permission.ADMINISTER),
  SIGN_HOST(Permission.SIGN_HOST),
  SIGN_PARTNER(Permission.SIGN_PARTNER);

  private final Permission permission;

  Need(Permission permission) {
    this.permission = permission;
  }

  /** The permission needed; empty for a public route or one any signed-in user may use. */
  Optional<Permission> permission() {
    return Optional.ofNullable(permission);
  }
}
