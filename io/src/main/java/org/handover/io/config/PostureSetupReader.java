package org.handover.io.config;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handover.engine.scenario.PostureSetup;
import org.handover.engine.scenario.Role;

/**
 * Reads a posture file (docs/scenarios.md): where a theater's starting posture and local forces
 * come from, for policy scenarios. Every mistake is reported with file, line, column and key.
 */
public final class PostureSetupReader {
  private static final Set<String> KEYS =
      Set.of(
          "posture",
          "note",
          "troop_variables",
          "carry_months",
          "region_weights",
          "role_shares",
          "local_forces",
          "foreign_troops",
          "population");

  private PostureSetupReader() {}

  public static PostureSetup read(Path file) {
    LocatedYaml doc = LocatedYaml.read(file);
    YamlNode root = YamlNode.root(doc).allowOnly(KEYS);
    root.string("posture");
    int carry = root.integer("carry_months", 24);
    if (carry < 1 || carry > PolicyReader.MAX_MONTHS) {
      throw root.get("carry_months")
          .error("expected 1 to " + PolicyReader.MAX_MONTHS + " months, not " + carry);
    }
    String weights = root.string("region_weights", "population");
    if (!PostureSetup.REGION_WEIGHTS.contains(weights)) {
      throw root.get("region_weights")
          .error(
              "expected one of "
                  + String.join(", ", PostureSetup.REGION_WEIGHTS)
                  + ", not '"
                  + weights
                  + "'");
    }
    if (root.strings("troop_variables").isEmpty()) {
      throw root.error("'troop_variables' must name at least one national troop variable");
    }
    YamlNode shares = root.get("role_shares");
    if (!shares.isObject()) {
      throw shares.error("expected each role's share, e.g. {combat: 0.6, training: 0.1, ...}");
    }
    Map<Role, Double> roleShares = new EnumMap<>(Role.class);
    double sum = 0;
    for (Iterator<String> it = shares.raw().fieldNames(); it.hasNext(); ) {
      String key = it.next();
      YamlNode n = shares.get(key);
      Role role = Role.byKey(key).orElseThrow(() -> n.error("unknown role '" + key + "'"));
      double v = shares.number(key);
      if (!(v >= 0 && v <= 1)) {
        throw n.error("a share is between 0 and 1, not " + v);
      }
      roleShares.put(role, v);
      sum += v;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw shares.error("the role shares sum to " + sum + ", not 1");
    }
    return new PostureSetup(
        root.strings("troop_variables"),
        carry,
        weights,
        roleShares,
        optional(root, "local_forces"),
        optional(root, "foreign_troops"),
        optional(root, "population"),
        root.string("note", "").strip());
  }

  private static Optional<String> optional(YamlNode root, String key) {
    return root.has(key) ? Optional.of(root.string(key)) : Optional.empty();
  }
}
