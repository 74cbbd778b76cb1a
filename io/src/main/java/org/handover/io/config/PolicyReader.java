package org.handover.io.config;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handover.engine.scenario.Policy;
import org.handover.engine.scenario.PolicyRule;
import org.handover.engine.scenario.PolicyTime;
import org.handover.engine.scenario.Role;

/**
 * Reads a policy file (docs/scenarios.md gives the format): a name, a title, the source it encodes,
 * and a list of rules, each a mapping with one key naming its kind. Every mistake is reported with
 * file, line, column and key.
 */
public final class PolicyReader {
  private static final Set<String> POLICY_KEYS =
      Set.of("policy", "title", "source", "quote", "rules");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern AFTER_START = Pattern.compile("start(?:\\s*\\+\\s*(\\d{1,3}))?");

  /** The longest span a rule may name, in months: 50 years. */
  static final int MAX_MONTHS = 600;

  private PolicyReader() {}

  public static Policy read(Path file) {
    LocatedYaml doc = LocatedYaml.read(file);
    YamlNode root = YamlNode.root(doc).allowOnly(POLICY_KEYS);
    String name = root.string("policy");
    if (!NAME.matcher(name).matches()) {
      throw root.get("policy")
          .error(
              "a policy name is lower-case letters, digits, '.', '_' or '-' (up to 64), not '"
                  + name
                  + "'");
    }
    String title = root.string("title");
    String source = root.string("source");
    Optional<String> quote =
        root.has("quote") ? Optional.of(root.get("quote").text().strip()) : Optional.empty();
    List<PolicyRule> rules = new ArrayList<>();
    if (root.has("rules")) {
      for (YamlNode item : root.list("rules")) {
        rules.add(rule(item));
      }
    }
    return new Policy(name, title, source, quote, rules);
  }

  private static PolicyRule rule(YamlNode item) {
    if (!item.isObject() || item.raw().size() != 1) {
      throw item.error(
          "each rule is a mapping with one key, its kind (withdraw, transfer_when_recommended,"
              + " on_transfer, transfer_all, replay_decisions, follow_recorded, share_burden,"
              + " training_throughput, add_troops, ceiling)");
    }
    Iterator<String> keys = item.raw().fieldNames();
    String kind = keys.next();
    YamlNode body = item.get(kind);
    if (!body.isObject()) {
      throw body.error("expected the rule's settings as a mapping (use {} for none)");
    }
    try {
      return switch (kind) {
        case "withdraw" -> withdraw(body);
        case "transfer_when_recommended" -> transferWhenRecommended(body);
        case "on_transfer" -> onTransfer(body);
        case "transfer_all" -> {
          body.allowOnly(Set.of("stage", "at"));
          yield new PolicyRule.TransferAll(body.string("stage"), time(body, "at"));
        }
        case "replay_decisions" -> {
          body.allowOnly(Set.of());
          yield new PolicyRule.ReplayDecisions();
        }
        case "follow_recorded" -> {
          body.allowOnly(Set.of());
          yield new PolicyRule.FollowRecorded();
        }
        case "share_burden" -> {
          body.allowOnly(Set.of("lead_nation", "share", "from", "by"));
          PolicyTime from = time(body, "from");
          yield new PolicyRule.ShareBurden(
              from, after(body, "by", from), body.string("lead_nation"), share(body, "share"));
        }
        case "training_throughput" -> {
          body.allowOnly(Set.of("factor", "from"));
          double f = body.number("factor");
          if (!(f >= 0 && f <= 100)) {
            throw body.get("factor").error("a throughput factor is between 0 and 100");
          }
          yield new PolicyRule.TrainingThroughput(time(body, "from"), f);
        }
        case "add_troops" -> {
          body.allowOnly(Set.of("nation", "role", "troops", "from", "by"));
          PolicyTime from = time(body, "from");
          yield new PolicyRule.AddTroops(
              from,
              after(body, "by", from),
              body.string("nation"),
              role(body.get("role")),
              troops(body, "troops"));
        }
        case "ceiling" -> {
          body.allowOnly(Set.of("nation", "troops", "from"));
          yield new PolicyRule.Ceiling(
              body.has("nation") ? Optional.of(body.string("nation")) : Optional.empty(),
              time(body, "from"),
              troops(body, "troops"));
        }
        default ->
            throw item.error(
                "unknown rule '"
                    + kind
                    + "' (known: withdraw, transfer_when_recommended, on_transfer, transfer_all,"
                    + " replay_decisions, follow_recorded, share_burden, training_throughput,"
                    + " add_troops, ceiling)");
      };
    } catch (IllegalArgumentException e) {
      throw body.error(e.getMessage());
    }
  }

  private static PolicyRule withdraw(YamlNode body) {
    body.allowOnly(Set.of("roles", "from", "by", "within_months", "nations", "keep"));
    PolicyTime from = time(body, "from");
    PolicyTime by;
    if (body.has("by") == body.has("within_months")) {
      throw body.error("give either 'by' (the month none are left) or 'within_months'");
    }
    if (body.has("by")) {
      by = after(body, "by", from);
    } else {
      by = plus(from, months(body, "within_months") - 1, body.get("within_months"));
    }
    Set<Role> roles = roles(body, "roles");
    Set<Role> keep = body.has("keep") ? roles(body, "keep") : Set.of();
    for (Role r : keep) {
      if (roles.contains(r)) {
        throw body.get("keep").error("role " + r.key() + " cannot be both withdrawn and kept");
      }
    }
    return new PolicyRule.Withdraw(from, by, roles, Set.copyOf(body.strings("nations")));
  }

  private static PolicyRule transferWhenRecommended(YamlNode body) {
    body.allowOnly(Set.of("stage", "lag_months", "not_before", "max_per_month"));
    int lag = body.integer("lag_months", 1);
    if (lag < 1 || lag > MAX_MONTHS) {
      throw body.get("lag_months")
          .error("a transfer takes effect 1 to " + MAX_MONTHS + " months after it is recommended");
    }
    int max = body.integer("max_per_month", 0);
    if (max < 0) {
      throw body.get("max_per_month").error("must be 0 (no limit) or more");
    }
    return new PolicyRule.TransferWhenRecommended(
        body.string("stage"),
        lag,
        body.has("not_before") ? Optional.of(time(body, "not_before")) : Optional.empty(),
        max);
  }

  private static PolicyRule onTransfer(YamlNode body) {
    body.allowOnly(Set.of("withdraw", "within_months", "keep"));
    Set<Role> withdraw = roles(body, "withdraw");
    Set<Role> keep = body.has("keep") ? roles(body, "keep") : Set.of();
    for (Role r : keep) {
      if (withdraw.contains(r)) {
        throw body.get("keep").error("role " + r.key() + " cannot be both withdrawn and kept");
      }
    }
    return new PolicyRule.OnTransfer(withdraw, months(body, "within_months"), keep);
  }

  /** {@code start}, {@code start+N} or {@code YYYY-MM}; absent: start. */
  private static PolicyTime time(YamlNode body, String key) {
    if (!body.has(key)) {
      return PolicyTime.START;
    }
    YamlNode n = body.get(key);
    String text = n.text().strip();
    Matcher m = AFTER_START.matcher(text);
    if (m.matches()) {
      int after = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      if (after > MAX_MONTHS) {
        throw n.error("at most start+" + MAX_MONTHS);
      }
      return PolicyTime.afterStart(after);
    }
    try {
      if (text.matches("\\d{4}-\\d{2}")) {
        return PolicyTime.at(YearMonth.parse(text));
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw n.error(
        "expected a month (YYYY-MM), 'start' or 'start+N' (N months), not '" + text + "'");
  }

  private static PolicyTime after(YamlNode body, String key, PolicyTime from) {
    PolicyTime t = time(body, key);
    boolean comparable = t.month().isPresent() == from.month().isPresent();
    if (comparable
        && (t.month().isPresent()
            ? t.month().get().isBefore(from.month().get())
            : t.afterStart() < from.afterStart())) {
      throw body.get(key).error("'" + key + "' (" + t + ") comes before 'from' (" + from + ")");
    }
    return t;
  }

  private static PolicyTime plus(PolicyTime t, int months, YamlNode where) {
    return t.month()
        .map(m -> PolicyTime.at(m.plusMonths(months)))
        .orElseGet(() -> PolicyTime.afterStart(t.afterStart() + months));
  }

  private static int months(YamlNode body, String key) {
    int n = body.integer(key, -1);
    if (!body.has(key)) {
      throw body.error("missing '" + key + "'");
    }
    if (n < 1 || n > MAX_MONTHS) {
      throw body.get(key).error("expected 1 to " + MAX_MONTHS + " months, not " + n);
    }
    return n;
  }

  private static double share(YamlNode body, String key) {
    double s = body.number(key);
    if (!(s >= 0 && s <= 1)) {
      throw body.get(key).error("a share is between 0 and 1, not " + s);
    }
    return s;
  }

  private static double troops(YamlNode body, String key) {
    double t = body.number(key);
    if (!(t >= 0 && t <= 1e7)) {
      throw body.get(key).error("troops are between 0 and 10,000,000, not " + t);
    }
    return t;
  }

  /** A list of roles, or {@code all}. */
  private static Set<Role> roles(YamlNode body, String key) {
    YamlNode n = body.get(key);
    if (n.isText()) {
      if (n.text().strip().equals("all")) {
        return EnumSet.allOf(Role.class);
      }
      return Set.of(role(n));
    }
    Set<Role> out = EnumSet.noneOf(Role.class);
    for (YamlNode r : body.list(key)) {
      out.add(role(r));
    }
    if (out.isEmpty()) {
      throw n.error("name at least one role");
    }
    return out;
  }

  private static Role role(YamlNode n) {
    String text = n.text();
    return Role.byKey(text)
        .orElseThrow(
            () ->
                n.error(
                    "unknown role '"
                        + text
                        + "' (roles: "
                        + String.join(
                            ", ", java.util.Arrays.stream(Role.values()).map(Role::key).toList())
                        + ", or all)"));
  }
}
