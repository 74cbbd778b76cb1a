package org.handover.io.config;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.handover.engine.plan.PlanConstraints;
import org.handover.engine.scenario.Role;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;

/**
 * Reads a plan's constraints file (docs/planning.md lists every key). Every mistake is reported
 * with file, line, column and key; region names go through the theater's resolver and stage ids are
 * checked against the benchmark set's ladder.
 */
public final class PlanConstraintsReader {
  private static final Set<String> KEYS =
      Set.of(
          "plan",
          "note",
          "target_stage",
          "transitions",
          "readiness",
          "min_months_in_stage",
          "capacity",
          "troops",
          "contiguity",
          "fixed",
          "objective",
          "relapse_window");

  private PlanConstraintsReader() {}

  /**
   * @param stages the benchmark set's stage ids, bottom first
   */
  public static PlanConstraints read(Path file, RegionResolver resolver, List<String> stages) {
    return read(LocatedYaml.read(file), resolver, stages);
  }

  /**
   * Constraints as YAML text (a request's body); {@code name} stands for the file in errors.
   *
   * @param stages the benchmark set's stage ids, bottom first
   */
  public static PlanConstraints read(
      Path name, byte[] yaml, RegionResolver resolver, List<String> stages) {
    return read(LocatedYaml.parse(name, yaml), resolver, stages);
  }

  private static PlanConstraints read(
      LocatedYaml doc, RegionResolver resolver, List<String> stages) {
    YamlNode root = YamlNode.root(doc).allowOnly(KEYS);
    String name = root.string("plan");
    root.string("note", "");
    Optional<String> target = Optional.empty();
    if (root.has("target_stage")) {
      target = Optional.of(stage(root, "target_stage", stages));
    }
    OptionalInt perMonth = OptionalInt.empty();
    int between = 1;
    OptionalInt maxTranches = OptionalInt.empty();
    if (root.has("transitions")) {
      YamlNode t =
          object(root, "transitions")
              .allowOnly(Set.of("per_month", "months_between_tranches", "max_tranches"));
      if (t.has("per_month")) {
        perMonth = OptionalInt.of(whole(t, "per_month", 1, 100_000));
      }
      if (t.has("months_between_tranches")) {
        between = whole(t, "months_between_tranches", 1, PolicyReader.MAX_MONTHS);
      }
      if (t.has("max_tranches")) {
        maxTranches = OptionalInt.of(whole(t, "max_tranches", 1, 100_000));
      }
    }
    double minReadiness = 0;
    if (root.has("readiness")) {
      YamlNode r = object(root, "readiness").allowOnly(Set.of("min_probability"));
      minReadiness = share(r, "min_probability");
    }
    Map<String, Integer> minMonths = new LinkedHashMap<>();
    if (root.has("min_months_in_stage")) {
      YamlNode m = object(root, "min_months_in_stage");
      for (Iterator<String> it = m.raw().fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!stages.contains(key)) {
          throw m.get(key)
              .error("unknown stage '" + key + "' (stages: " + String.join(", ", stages) + ")");
        }
        minMonths.put(key, whole(m, key, 0, PolicyReader.MAX_MONTHS));
      }
    }
    Optional<PlanConstraints.Capacity> capacity = Optional.empty();
    if (root.has("capacity")) {
      YamlNode c =
          object(root, "capacity")
              .allowOnly(
                  Set.of(
                      "advisers_per_region",
                      "trainers_per_region",
                      "months",
                      "advisers",
                      "trainers"));
      if (!c.has("advisers_per_region") && !c.has("trainers_per_region")) {
        throw c.error("give 'advisers_per_region', 'trainers_per_region' or both");
      }
      capacity =
          Optional.of(
              new PlanConstraints.Capacity(
                  c.has("advisers_per_region") ? whole(c, "advisers_per_region", 0, 1_000_000) : 0,
                  c.has("trainers_per_region") ? whole(c, "trainers_per_region", 0, 1_000_000) : 0,
                  c.has("months") ? whole(c, "months", 1, PolicyReader.MAX_MONTHS) : 12,
                  c.has("advisers")
                      ? OptionalLong.of(whole(c, "advisers", 0, Integer.MAX_VALUE))
                      : OptionalLong.empty(),
                  c.has("trainers")
                      ? OptionalLong.of(whole(c, "trainers", 0, Integer.MAX_VALUE))
                      : OptionalLong.empty()));
    }
    Map<Role, Double> keep = new EnumMap<>(Role.class);
    List<PlanConstraints.Ceiling> ceilings = new ArrayList<>();
    if (root.has("troops")) {
      YamlNode t = object(root, "troops").allowOnly(Set.of("keep_on_transfer", "ceilings"));
      if (t.has("keep_on_transfer")) {
        YamlNode k = object(t, "keep_on_transfer");
        for (Iterator<String> it = k.raw().fieldNames(); it.hasNext(); ) {
          String key = it.next();
          Role role =
              Role.byKey(key)
                  .orElseThrow(
                      () ->
                          k.get(key)
                              .error(
                                  "unknown role '"
                                      + key
                                      + "' (roles: "
                                      + String.join(
                                          ", ",
                                          java.util.Arrays.stream(Role.values())
                                              .map(Role::key)
                                              .toList())
                                      + ")"));
          keep.put(role, share(k, key));
        }
      }
      if (t.has("ceilings")) {
        YearMonth last = null;
        for (YamlNode c : t.list("ceilings")) {
          c.allowOnly(Set.of("from", "max"));
          YearMonth from = month(c, "from");
          if (last != null && !from.isAfter(last)) {
            throw c.get("from").error("ceilings must be in month order, each after the one before");
          }
          last = from;
          ceilings.add(new PlanConstraints.Ceiling(from, whole(c, "max", 0, Integer.MAX_VALUE)));
        }
      }
    }
    boolean contiguity = false;
    List<RegionId> allowed = new ArrayList<>();
    if (root.has("contiguity")) {
      YamlNode c = object(root, "contiguity").allowOnly(Set.of("enforce", "allow"));
      if (c.has("enforce")) {
        if (!c.get("enforce").raw().isBoolean()) {
          throw c.get("enforce").error("expected true or false");
        }
        contiguity = c.get("enforce").raw().asBoolean();
      }
      if (c.has("allow")) {
        for (YamlNode n : c.list("allow")) {
          allowed.add(region(n, n.text(), resolver));
        }
      }
    }
    Map<RegionId, YearMonth> fixed = new LinkedHashMap<>();
    if (root.has("fixed")) {
      YamlNode f = object(root, "fixed");
      for (Iterator<String> it = f.raw().fieldNames(); it.hasNext(); ) {
        String key = it.next();
        RegionId id = region(f.get(key), key, resolver);
        if (fixed.containsKey(id)) {
          throw f.get(key).error("region " + id + " is fixed twice");
        }
        fixed.put(id, month(f, key));
      }
    }
    PlanConstraints.Weights w = PlanConstraints.Weights.DEFAULT;
    if (root.has("objective")) {
      YamlNode o =
          object(root, "objective")
              .allowOnly(Set.of("relapse", "troop_months", "delay", "unmoved"));
      w =
          new PlanConstraints.Weights(
              weight(o, "relapse", w.relapse()),
              weight(o, "troop_months", w.troopMonths()),
              weight(o, "delay", w.delay()),
              weight(o, "unmoved", w.unmoved()));
    }
    int window = PlanConstraints.DEFAULT_RELAPSE_WINDOW;
    if (root.has("relapse_window")) {
      window = whole(root, "relapse_window", 1, PolicyReader.MAX_MONTHS);
    }
    return new PlanConstraints(
        name,
        target,
        perMonth,
        between,
        maxTranches,
        minReadiness,
        minMonths,
        capacity,
        keep,
        ceilings,
        contiguity,
        allowed,
        fixed,
        w,
        window);
  }

  private static YamlNode object(YamlNode parent, String key) {
    YamlNode n = parent.get(key);
    if (!n.isObject()) {
      throw n.error("expected a mapping of keys to values");
    }
    return n;
  }

  private static String stage(YamlNode node, String key, List<String> stages) {
    String s = node.string(key);
    if (!stages.contains(s)) {
      throw node.get(key)
          .error("unknown stage '" + s + "' (stages: " + String.join(", ", stages) + ")");
    }
    return s;
  }

  private static int whole(YamlNode node, String key, int min, int max) {
    int v = node.integer(key, 0);
    if (v < min || v > max) {
      throw node.get(key)
          .error("expected a whole number from " + min + " to " + max + ", not " + v);
    }
    return v;
  }

  private static double share(YamlNode node, String key) {
    double v = node.number(key);
    if (!(v >= 0 && v <= 1)) {
      throw node.get(key).error("expected a share from 0 to 1, not " + v);
    }
    return v;
  }

  private static double weight(YamlNode node, String key, double fallback) {
    double v = node.number(key, fallback);
    if (!(v >= 0 && v <= 1e9)) {
      throw node.get(key).error("a weight is 0 or more, not " + v);
    }
    return v;
  }

  private static YearMonth month(YamlNode node, String key) {
    YamlNode n = node.get(key);
    String text = n.text().strip();
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw n.error("expected a month like 2008-01, not '" + text + "'");
    }
  }

  private static RegionId region(YamlNode node, String name, RegionResolver resolver) {
    return resolver
        .resolve(name)
        .orElseThrow(
            () -> {
              List<String> close = resolver.closest(name, 3);
              return node.error(
                  "unknown region '"
                      + name
                      + "'"
                      + (close.isEmpty()
                          ? ""
                          : " (did you mean " + String.join(", ", close) + "?)"));
            });
  }
}
