package org.handover.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handover.engine.HandoverException;

/**
 * Every assumption of the effects model and the training pipeline, in a fixed order, each with its
 * default value and range (docs/scenarios.md gives the studies behind them). Nothing the simulation
 * uses is a hidden constant: a run's outputs list these values, and any of them can be changed per
 * run ({@link #with}).
 */
public final class Assumptions {
  /** Log change in expected deaths per log change in a region's foreign troops. */
  public static final String TROOP_ELASTICITY = "troop_elasticity";

  /** Troops added to both sides of the troop ratio, so that a region's first troops are finite. */
  public static final String TROOP_SCALE = "troop_scale";

  /** Share of the effect of added troops that needs local partners in the region. */
  public static final String PARTNER_DEPENDENCE = "partner_dependence";

  /** Local personnel per 1,000 residents from which a region counts as partnered. */
  public static final String PARTNER_FORCES_PER_1000 = "partner_forces_per_1000";

  /** Log change in expected deaths per log change in local forces, against the status quo. */
  public static final String LOCAL_FORCE_ELASTICITY = "local_force_elasticity";

  /** Log change in expected deaths in a transferred region while foreign forces remain. */
  public static final String LEAD_TRANSFER_EFFECT = "lead_transfer_effect";

  /** Log change in expected deaths when a region's foreign combat troops have left. */
  public static final String WITHDRAWAL_EFFECT = "withdrawal_effect";

  /** Recruits a trainer or adviser puts through training per month. */
  public static final String THROUGHPUT = "throughput_per_trainer_per_month";

  /** Months from recruitment to a trained member of the local forces. */
  public static final String MONTHS_TO_READINESS = "months_to_readiness";

  /** Share of trained local personnel lost each month (desertion, casualties, discharge). */
  public static final String MONTHLY_ATTRITION = "monthly_attrition";

  /** The assumptions that shift violence; zero for all of them is "policy has no effect". */
  public static final List<String> EFFECTS =
      List.of(TROOP_ELASTICITY, LOCAL_FORCE_ELASTICITY, LEAD_TRANSFER_EFFECT, WITHDRAWAL_EFFECT);

  private final Map<String, Assumption> byName;

  /** Each name's position in {@link #all()}: where a path's drawn value of it is. */
  private final Map<String, Integer> index = new LinkedHashMap<>();

  private Assumptions(Map<String, Assumption> byName) {
    this.byName = byName;
    for (String name : byName.keySet()) {
      index.put(name, index.size());
    }
  }

  /** The defaults, each with its range. */
  public static Assumptions defaults() {
    List<Assumption> list = new ArrayList<>();
    list.add(
        new Assumption(
            TROOP_ELASTICITY,
            -0.3,
            -0.8,
            0,
            "log change in deaths per log change in troops",
            "more foreign troops in a region, fewer deaths there (and fewer troops, more)",
            "Hultman, Kathman and Shannon (2013, 2014): UN troops against civilian and battle deaths;"
                + " their per-1,000 effects taken as an elasticity at their mean deployment"));
    list.add(
        new Assumption(
            TROOP_SCALE,
            1000,
            500,
            2000,
            "troops",
            "added to a region's troops before taking the ratio: the first troops in an empty region"
                + " count as a large but finite change",
            "judgement: about one battalion"));
    list.add(
        new Assumption(
            PARTNER_DEPENDENCE,
            0.8,
            0.5,
            1,
            "share",
            "share of the effect of added troops that occurs only where local partners are present",
            "Biddle, Friedman and Shapiro (2012): surge and local alliances were both necessary,"
                + " neither sufficient"));
    list.add(
        new Assumption(
            PARTNER_FORCES_PER_1000,
            2,
            1,
            5,
            "local personnel per 1,000 residents",
            "local forces from which a region counts as partnered",
            "judgement: the Iraq benchmark set's threshold for partnering (forces_partnering)"));
    list.add(
        new Assumption(
            LOCAL_FORCE_ELASTICITY,
            -0.2,
            -0.5,
            0,
            "log change in deaths per log change in local forces",
            "more trained local forces than the status quo would have, fewer deaths",
            "judgement after the force-ratio literature (Quinlivan 1995); no study isolates it"));
    list.add(
        new Assumption(
            LEAD_TRANSFER_EFFECT,
            -0.1,
            -0.3,
            0,
            "log change in expected deaths",
            "a region handed to local control while foreign forces are still there",
            "Fetzer, Souza, Vanden Eynde and Wright (2021): violence fell at the Afghan transfers"));
    list.add(
        new Assumption(
            WITHDRAWAL_EFFECT,
            0.2,
            0,
            0.5,
            "log change in expected deaths",
            "a region whose foreign combat troops have left (in proportion to the share gone)",
            "Fetzer, Souza, Vanden Eynde and Wright (2021): violence rose as troops physically left"));
    list.add(
        new Assumption(
            THROUGHPUT,
            2,
            1,
            4,
            "recruits per trainer per month",
            "how many recruits a trainer or adviser puts through training each month",
            "calibrated: the Iraqi Security Forces grew by about 13,000 a month gross (2005-2007,"
                + " data/iraq/forces) with some 5,000-8,000 coalition trainers and advisers"));
    list.add(
        new Assumption(
            MONTHS_TO_READINESS,
            3,
            2,
            12,
            "months",
            "from recruitment to a trained member of the local forces",
            "Iraqi police courses of 8 and 10 weeks; advisers stayed with a unit for a year"));
    list.add(
        new Assumption(
            MONTHLY_ATTRITION,
            0.02,
            0.01,
            0.05,
            "share per month",
            "trained local personnel lost each month",
            "DoD (2005): Iraqi absent-without-leave rates of 1-4%; Afghan army about 3% a month (2011)"));
    Map<String, Assumption> map = new LinkedHashMap<>();
    list.forEach(a -> map.put(a.name(), a));
    return new Assumptions(map);
  }

  /** Every assumption, in the fixed order. */
  public List<Assumption> all() {
    return List.copyOf(byName.values());
  }

  public Assumption get(String name) {
    Assumption a = byName.get(name);
    if (a == null) {
      throw new HandoverException(
          "no assumption named '" + name + "' (known: " + String.join(", ", byName.keySet()) + ")");
    }
    return a;
  }

  /** A copy with {@code assumption} in place of the one of the same name. */
  public Assumptions with(Assumption assumption) {
    get(assumption.name());
    Map<String, Assumption> copy = new LinkedHashMap<>(byName);
    copy.put(assumption.name(), assumption);
    return new Assumptions(copy);
  }

  /** A copy with every effect held at zero: a policy then changes posture, not violence. */
  public Assumptions withoutEffects() {
    Assumptions out = this;
    for (String e : EFFECTS) {
      out = out.with(get(e).fixedAt(0));
    }
    return out;
  }

  /** A copy with every assumption held at its value (no ranges). */
  public Assumptions fixed() {
    Assumptions out = this;
    for (Assumption a : all()) {
      out = out.with(a.fixedAt(a.value()));
    }
    return out;
  }

  /** One path's values: {@code u[i]} is the uniform draw for the i-th assumption. */
  Drawn draw(double[] u) {
    List<Assumption> all = all();
    double[] v = new double[all.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = all.get(i).draw(u[i]);
    }
    return new Drawn(index, v);
  }

  /** The values (no draw). */
  Drawn values() {
    return new Drawn(index, all().stream().mapToDouble(Assumption::value).toArray());
  }

  int size() {
    return byName.size();
  }

  /** The assumptions' values for one path, read by name. */
  static final class Drawn {
    private final Map<String, Integer> index;
    private final double[] values;

    private Drawn(Map<String, Integer> index, double[] values) {
      this.index = index;
      this.values = values;
    }

    double get(String name) {
      return values[index.get(name)];
    }
  }
}
