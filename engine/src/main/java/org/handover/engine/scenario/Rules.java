package org.handover.engine.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Wording shared by the rules' descriptions. */
final class Rules {
  private Rules() {}

  static String roles(Set<Role> roles) {
    if (roles.size() == Role.values().length) {
      return "every role";
    }
    return String.join(", ", roles.stream().sorted().map(Role::key).toList());
  }

  static String sorted(Collection<String> names) {
    List<String> s = names.stream().sorted().toList();
    return String.join(", ", s);
  }

  static String percent(double share) {
    return number(share * 100) + "%";
  }

  static String number(double x) {
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
