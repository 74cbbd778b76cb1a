package org.handover.io.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.benchmark.Window;
import org.handover.engine.indicator.Expression;
import org.handover.engine.indicator.ExpressionException;

/**
 * Reads a benchmark set (and the indicator file it names) from YAML. Every mistake is reported with
 * file, line, column and key; see docs/benchmark-sets.md for the format. {@link BenchmarkSetWriter}
 * writes a set in this format.
 */
public final class BenchmarkSetReader {
  private static final Set<String> SET_KEYS =
      Set.of("benchmark_set", "version", "description", "indicators", "stages", "conditions");
  private static final Set<String> STAGE_KEYS =
      Set.of(
          "id", "name", "description", "requires", "promote_after", "review_after", "demote_after");
  private static final Set<String> HYSTERESIS_KEYS = Set.of("months", "justification");
  private static final Set<String> CONDITION_KEYS =
      Set.of("id", "name", "description", "combine", "benchmarks");
  private static final Set<String> COMBINE_KEYS = Set.of("rule", "k", "share");
  private static final Set<String> BENCHMARK_KEYS =
      Set.of(
          "id",
          "indicator",
          "comparison",
          "threshold",
          "window",
          "held_for",
          "weight",
          "description",
          "justification");
  private static final Set<String> WINDOW_KEYS = Set.of("months", "aggregate");

  /** The longest window, held_for or hysteresis span a set may ask for: 50 years. */
  static final int MAX_MONTHS = 600;

  private static final Set<String> INDICATOR_FILE_KEYS = Set.of("indicators");
  private static final Set<String> INDICATOR_KEYS =
      Set.of("name", "expression", "description", "unit");

  private BenchmarkSetReader() {}

  /**
   * A parsed set plus where each indicator expression stands, for pointing at expression errors.
   */
  public record Result(BenchmarkSet set, List<Path> files, Map<String, YamlNode> expressionNodes) {}

  public static BenchmarkSet read(Path file) {
    return readLocated(file).set();
  }

  public static Result readLocated(Path file) {
    return readLocated(file, LocatedYaml.read(file));
  }

  /**
   * A set from YAML text that is not (yet) a file; {@code name} stands for the file in errors and
   * an indicator file it names is looked up beside it.
   */
  static BenchmarkSet parse(Path name, byte[] bytes) {
    return readLocated(name, LocatedYaml.parse(name, bytes)).set();
  }

  private static Result readLocated(Path file, LocatedYaml doc) {
    YamlNode root = YamlNode.root(doc).allowOnly(SET_KEYS);
    String name = root.string("benchmark_set");
    String version = root.get("version").text();
    if (version.isBlank()) {
      throw root.get("version").error("must not be empty");
    }
    List<Path> files = new ArrayList<>(List.of(file));
    List<byte[]> contents = new ArrayList<>(List.of(doc.bytes()));
    Map<String, YamlNode> expressionNodes = new LinkedHashMap<>();
    List<IndicatorDefinition> indicators = new ArrayList<>();
    if (root.has("indicators")) {
      YamlNode ind = root.get("indicators");
      if (ind.isText()) {
        Path indicatorFile = resolve(file, ind.text());
        if (!Files.isRegularFile(indicatorFile)) {
          throw ind.error("indicator file not found: " + indicatorFile);
        }
        LocatedYaml indDoc = LocatedYaml.read(indicatorFile);
        files.add(indicatorFile);
        contents.add(indDoc.bytes());
        indicators.addAll(
            indicators(YamlNode.root(indDoc).allowOnly(INDICATOR_FILE_KEYS), expressionNodes));
      } else {
        indicators.addAll(indicators(root, expressionNodes));
      }
    }
    List<Condition> conditions = new ArrayList<>();
    Set<String> benchmarkIds = new HashSet<>();
    Set<String> conditionIds = new HashSet<>();
    for (YamlNode c : root.list("conditions")) {
      Condition condition = condition(c, benchmarkIds);
      if (!conditionIds.add(condition.id())) {
        throw c.get("id").error("condition id '" + condition.id() + "' is used twice");
      }
      conditions.add(condition);
    }
    List<Stage> stages = new ArrayList<>();
    Set<String> stageIds = new HashSet<>();
    Map<String, String> stageNames = new LinkedHashMap<>();
    Set<String> givenNames = new HashSet<>();
    List<YamlNode> stageNodes = root.list("stages");
    if (stageNodes.isEmpty()) {
      throw root.get("stages").error("a benchmark set needs at least one stage");
    }
    for (int i = 0; i < stageNodes.size(); i++) {
      YamlNode s = stageNodes.get(i).allowOnly(STAGE_KEYS);
      String id = s.string("id");
      if (!stageIds.add(id)) {
        throw s.get("id").error("stage id '" + id + "' is used twice");
      }
      List<String> requires = s.strings("requires");
      if (i == 0 && !requires.isEmpty()) {
        throw s.get("requires")
            .error("the first stage is where every region starts: it cannot require conditions");
      }
      for (int k = 0; k < requires.size(); k++) {
        if (!conditionIds.contains(requires.get(k))) {
          throw s.list("requires")
              .get(k)
              .error(
                  "unknown condition '"
                      + requires.get(k)
                      + "'; defined: "
                      + conditionIds.stream().sorted().toList());
        }
      }
      Stage stage =
          new Stage(
              id,
              s.has("name") ? s.string("name") : null,
              s.string("description", ""),
              requires,
              hysteresis(s, id));
      // Names tell stages apart in tables and charts. Two names derived from ids may coincide as
      // before; a name given in the file must not meet another stage's name.
      String other = stageNames.get(stage.name());
      if (other != null && (s.has("name") || givenNames.contains(stage.name()))) {
        throw (s.has("name") ? s.get("name") : s.get("id"))
            .error("stage name '" + stage.name() + "' is already the name of stage " + other);
      }
      stageNames.putIfAbsent(stage.name(), id);
      if (s.has("name")) {
        givenNames.add(stage.name());
      }
      stages.add(stage);
    }
    BenchmarkSet set =
        new BenchmarkSet(
            name,
            version,
            root.string("description", ""),
            indicators,
            conditions,
            stages,
            sha256(contents));
    return new Result(set, List.copyOf(files), expressionNodes);
  }

  private static List<IndicatorDefinition> indicators(
      YamlNode root, Map<String, YamlNode> expressionNodes) {
    List<IndicatorDefinition> out = new ArrayList<>();
    for (YamlNode n : root.list("indicators")) {
      n.allowOnly(INDICATOR_KEYS);
      String name = n.string("name");
      if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
        throw n.get("name")
            .error(
                "an indicator name starts with a letter or '_' and has only letters, digits, '_' and '.'");
      }
      if (expressionNodes.containsKey(name)) {
        throw n.get("name").error("indicator '" + name + "' is defined twice");
      }
      YamlNode expression = n.get("expression");
      expressionNodes.put(name, expression);
      checkSyntax(expression);
      out.add(
          new IndicatorDefinition(
              name, n.string("expression"), n.string("description", ""), n.string("unit", "")));
    }
    return out;
  }

  /**
   * Parses the expression now so a syntax error points at its column in the YAML file, not just in
   * the string.
   */
  private static void checkSyntax(YamlNode expression) {
    try {
      Expression.parse(expression.text());
    } catch (ExpressionException e) {
      throw expression.errorAtOffset(e.column() - 1, e.describe());
    }
  }

  private static Condition condition(YamlNode c, Set<String> benchmarkIds) {
    c.allowOnly(CONDITION_KEYS);
    String id = c.string("id");
    List<Benchmark> benchmarks = new ArrayList<>();
    List<YamlNode> nodes = c.list("benchmarks");
    if (nodes.isEmpty()) {
      throw c.get("benchmarks").error("a condition needs at least one benchmark");
    }
    for (YamlNode b : nodes) {
      Benchmark benchmark = benchmark(b);
      if (!benchmarkIds.add(benchmark.id())) {
        throw b.get("id").error("benchmark id '" + benchmark.id() + "' is used twice");
      }
      benchmarks.add(benchmark);
    }
    Combination combination = combination(c, benchmarks.size());
    return new Condition(
        id, c.string("name", id), combination, benchmarks, c.string("description", ""));
  }

  private static Combination combination(YamlNode c, int n) {
    if (!c.has("combine")) {
      return Combination.allOf();
    }
    YamlNode comb = c.get("combine");
    if (comb.isText()) {
      if (comb.text().equals("all")) {
        return Combination.allOf();
      }
      throw comb.error(
          "combine is 'all', or a mapping {rule: k_of_n, k: 2} or {rule: weighted, share: 0.6}");
    }
    comb.allowOnly(COMBINE_KEYS);
    String rule = comb.string("rule");
    switch (rule) {
      case "all":
        return Combination.allOf();
      case "k_of_n":
        {
          int k = comb.integer("k", -1);
          if (k < 1 || k > n) {
            throw comb.get("k")
                .error("k must be between 1 and the number of benchmarks (" + n + "), not " + k);
          }
          return new Combination.KOfN(k);
        }
      case "weighted":
        {
          double share = comb.number("share");
          if (!(share > 0 && share <= 1)) {
            throw comb.get("share").error("share must be in (0, 1], not " + share);
          }
          return new Combination.Weighted(share);
        }
      default:
        throw comb.get("rule").error("unknown rule '" + rule + "' (use all, k_of_n or weighted)");
    }
  }

  private static Benchmark benchmark(YamlNode b) {
    b.allowOnly(BENCHMARK_KEYS);
    String id = b.string("id");
    String indicator = b.string("indicator");
    Comparison comparison;
    try {
      comparison = Comparison.fromSymbol(b.get("comparison").text());
    } catch (IllegalArgumentException e) {
      throw b.get("comparison").error(e.getMessage());
    }
    double threshold = b.number("threshold");
    Window window = Window.lastMonth();
    if (b.has("window")) {
      YamlNode w = b.get("window").allowOnly(WINDOW_KEYS);
      int months = w.integer("months", 1);
      if (months < 1) {
        throw w.get("months").error("a window covers at least one month");
      }
      atMostMaxMonths(w.get("months"), "a window", months);
      String agg = w.string("aggregate", months == 1 ? "last" : "mean");
      Window.Aggregate aggregate;
      try {
        aggregate = Window.Aggregate.valueOf(agg.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw w.get("aggregate")
            .error("unknown aggregate '" + agg + "' (use last, mean, min, max or sum)");
      }
      if (aggregate == Window.Aggregate.LAST && months != 1) {
        throw w.get("aggregate")
            .error("'last' takes a one-month window; use mean, min, max or sum over " + months);
      }
      window = Window.of(months, aggregate);
    }
    int heldFor = b.integer("held_for", 1);
    if (heldFor < 1) {
      throw b.get("held_for").error("held_for counts months: at least 1");
    }
    if (b.has("held_for")) {
      atMostMaxMonths(b.get("held_for"), "held_for", heldFor);
    }
    double weight = b.number("weight", 1.0);
    if (weight < 0) {
      throw b.get("weight").error("weight must be zero or more");
    }
    if (!b.has("justification")) {
      throw b.error("benchmark '" + id + "' needs a one-line justification of its threshold");
    }
    return new Benchmark(
        id,
        indicator,
        comparison,
        threshold,
        window,
        heldFor,
        weight,
        b.string("description", ""),
        b.string("justification"));
  }

  /**
   * A stage's promote_after, review_after and demote_after; a key left out takes the default, with
   * its justification.
   */
  private static StageHysteresis hysteresis(YamlNode s, String stage) {
    StageHysteresis.Months promote = months(s, "promote_after", StageHysteresis.DEFAULT_PROMOTE);
    StageHysteresis.Months review = months(s, "review_after", StageHysteresis.DEFAULT_REVIEW);
    StageHysteresis.Months demote = months(s, "demote_after", StageHysteresis.DEFAULT_DEMOTE);
    if (review.months() > demote.months()) {
      YamlNode at =
          s.has("review_after")
              ? s.get("review_after").get("months")
              : s.get("demote_after").get("months");
      throw at.error(
          "review_after ("
              + review.months()
              + " months) must not exceed demote_after ("
              + demote.months()
              + " months): a region is flagged for review before it is recommended to step back");
    }
    return new StageHysteresis(stage, promote, review, demote);
  }

  private static StageHysteresis.Months months(
      YamlNode s, String key, StageHysteresis.Months fallback) {
    if (!s.has(key)) {
      return fallback;
    }
    YamlNode n = s.get(key);
    if (!n.isObject()) {
      throw n.error(key + " takes {months: N, justification: \"...\"}");
    }
    n.allowOnly(HYSTERESIS_KEYS);
    if (!n.has("months")) {
      throw n.error(key + " needs months");
    }
    int months = n.integer("months", 0);
    if (months < 1) {
      throw n.get("months").error(key + " counts consecutive months: at least 1, found " + months);
    }
    atMostMaxMonths(n.get("months"), key, months);
    if (!n.has("justification")) {
      throw n.error(key + " needs a one-line justification of its months");
    }
    return new StageHysteresis.Months(months, n.string("justification"));
  }

  /**
   * A span of months longer than any data (a typo such as 1000000000) is an error, not a window
   * that silently covers all history or a condition that can never hold.
   */
  private static void atMostMaxMonths(YamlNode n, String what, int months) {
    if (months > MAX_MONTHS) {
      throw n.error(
          what + " of at most " + MAX_MONTHS + " months (50 years) can be judged; found " + months);
    }
  }

  private static Path resolve(Path base, String relative) {
    Path parent = base.toAbsolutePath().getParent();
    return parent == null ? Path.of(relative) : parent.resolve(relative).normalize();
  }

  private static String sha256(List<byte[]> contents) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] c : contents) {
        md.update(c);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
