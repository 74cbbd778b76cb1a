package org.handover.io.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.handover.engine.HandoverException;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.StageHysteresis;
import org.handover.engine.benchmark.Window;
import org.handover.io.files.FileAccess;

/**
 * Writes a benchmark set as the YAML {@link BenchmarkSetReader} reads (docs/benchmark-sets.md), for
 * sets built in code such as a generated theater's. Indicators are written inline; keys at their
 * default (a one-month window, held_for 1, weight 1, combine all, a stage name derived from its id,
 * the default hysteresis) are left out, as a person would write the file.
 *
 * <p>What is written is read back before it is returned: a set the reader would reject (a benchmark
 * without a justification, an indicator expression that does not parse, a span over 600 months) or
 * read as a different set is refused with the reader's error, naming the key, instead of producing
 * a file that fails later or judges differently.
 */
public final class BenchmarkSetWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              // a text that reads as a number ("1.10", a version) keeps its quotes
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BenchmarkSetWriter() {}

  /**
   * {@code set} as YAML text, which {@link BenchmarkSetReader} reads back as an equal set (all but
   * its SHA-256, which is that of the text).
   *
   * @throws HandoverException when the set cannot be written so (the message names the key)
   */
  public static String toYaml(BenchmarkSet set) {
    Objects.requireNonNull(set, "set");
    String text;
    try {
      text = MAPPER.writeValueAsString(tree(set));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write benchmark set " + set.name() + " as YAML", e);
    }
    BenchmarkSet back;
    try {
      back =
          BenchmarkSetReader.parse(
              Path.of(set.name() + ".yaml"), text.getBytes(StandardCharsets.UTF_8));
    } catch (ConfigException e) {
      throw new HandoverException(
          "cannot write benchmark set '"
              + set.name()
              + "': the reader would reject it: "
              + e.getMessage(),
          e);
    }
    String difference = difference(set, back);
    if (difference != null) {
      throw new HandoverException(
          "cannot write benchmark set '"
              + set.name()
              + "': YAML cannot express it as it is: "
              + difference);
    }
    return text;
  }

  /**
   * Writes {@code set} to {@code file} (replacing it) as {@link #toYaml}; returns the set as read
   * from the file, whose SHA-256 is the file's.
   */
  public static BenchmarkSet write(BenchmarkSet set, Path file) {
    String text = toYaml(set);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw FileAccess.failed("write the benchmark set", file, e);
    }
    return BenchmarkSetReader.read(file);
  }

  private static ObjectNode tree(BenchmarkSet set) {
    ObjectNode root = NODES.objectNode();
    root.put("benchmark_set", set.name());
    root.put("version", set.version());
    if (!set.description().isEmpty()) {
      root.put("description", set.description());
    }
    if (!set.indicators().isEmpty()) {
      ArrayNode indicators = root.putArray("indicators");
      for (IndicatorDefinition d : set.indicators()) {
        ObjectNode n = indicators.addObject();
        n.put("name", d.name());
        n.put("expression", d.expression());
        if (!d.unit().isEmpty()) {
          n.put("unit", d.unit());
        }
        if (!d.description().isEmpty()) {
          n.put("description", d.description());
        }
      }
    }
    ArrayNode stages = root.putArray("stages");
    for (Stage s : set.stages()) {
      stage(stages.addObject(), s);
    }
    ArrayNode conditions = root.putArray("conditions");
    for (Condition c : set.conditions()) {
      condition(conditions.addObject(), c);
    }
    return root;
  }

  private static void stage(ObjectNode n, Stage s) {
    n.put("id", s.id());
    if (!s.name().equals(new Stage(s.id(), "", List.of()).name())) {
      n.put("name", s.name());
    }
    if (!s.description().isEmpty()) {
      n.put("description", s.description());
    }
    if (!s.requires().isEmpty()) {
      ArrayNode requires = n.putArray("requires");
      s.requires().forEach(requires::add);
    }
    StageHysteresis h = s.hysteresis();
    months(n, "promote_after", h.promote(), StageHysteresis.DEFAULT_PROMOTE);
    months(n, "review_after", h.review(), StageHysteresis.DEFAULT_REVIEW);
    months(n, "demote_after", h.demote(), StageHysteresis.DEFAULT_DEMOTE);
  }

  private static void months(
      ObjectNode n, String key, StageHysteresis.Months months, StageHysteresis.Months fallback) {
    if (!months.equals(fallback)) {
      ObjectNode m = n.putObject(key);
      m.put("months", months.months());
      m.put("justification", months.justification());
    }
  }

  private static void condition(ObjectNode n, Condition c) {
    n.put("id", c.id());
    if (!c.name().equals(c.id())) {
      n.put("name", c.name());
    }
    if (!c.description().isEmpty()) {
      n.put("description", c.description());
    }
    if (c.combination() instanceof Combination.KOfN k) {
      ObjectNode comb = n.putObject("combine");
      comb.put("rule", "k_of_n");
      comb.put("k", k.k());
    } else if (c.combination() instanceof Combination.Weighted w) {
      ObjectNode comb = n.putObject("combine");
      comb.put("rule", "weighted");
      number(comb, "share", w.share());
    }
    ArrayNode benchmarks = n.putArray("benchmarks");
    for (Benchmark b : c.benchmarks()) {
      benchmark(benchmarks.addObject(), b);
    }
  }

  private static void benchmark(ObjectNode n, Benchmark b) {
    n.put("id", b.id());
    n.put("indicator", b.indicator());
    n.put("comparison", b.comparison().symbol());
    number(n, "threshold", b.threshold());
    if (!b.window().equals(Window.lastMonth())) {
      ObjectNode w = n.putObject("window");
      w.put("months", b.window().months());
      w.put("aggregate", b.window().aggregate().name().toLowerCase(Locale.ROOT));
    }
    if (b.heldFor() != 1) {
      n.put("held_for", b.heldFor());
    }
    if (b.weight() != 1.0) {
      number(n, "weight", b.weight());
    }
    if (!b.description().isEmpty()) {
      n.put("description", b.description());
    }
    n.put("justification", b.justification());
  }

  /**
   * A whole number as one (3, not 3.0), as people write thresholds; any other as Java's shortest
   * form that reads back to the same double. An infinity is written as it is and the reader rejects
   * it: the check after writing names the key.
   */
  private static void number(ObjectNode n, String key, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
      n.put(key, (long) v);
    } else {
      n.put(key, v);
    }
  }

  /**
   * The first place where {@code back}, the set read from the written text, differs from {@code
   * set}, or null; the SHA-256 is the text's and is not compared.
   */
  private static String difference(BenchmarkSet set, BenchmarkSet back) {
    if (!set.name().equals(back.name())) {
      return "benchmark_set: " + quoted(set.name()) + " reads back as " + quoted(back.name());
    }
    if (!set.version().equals(back.version())) {
      return "version: " + quoted(set.version()) + " reads back as " + quoted(back.version());
    }
    if (!set.description().equals(back.description())) {
      return "description: "
          + quoted(set.description())
          + " reads back as "
          + quoted(back.description());
    }
    String d = difference("indicators", set.indicators(), back.indicators());
    if (d == null) {
      d = difference("stages", set.stages(), back.stages());
    }
    if (d == null && set.conditions().size() == back.conditions().size()) {
      for (int i = 0; i < set.conditions().size() && d == null; i++) {
        d =
            difference(
                "conditions[" + i + "].benchmarks",
                set.conditions().get(i).benchmarks(),
                back.conditions().get(i).benchmarks());
      }
    }
    if (d == null) {
      d = difference("conditions", set.conditions(), back.conditions());
    }
    return d;
  }

  private static String difference(String key, List<?> written, List<?> read) {
    for (int i = 0; i < Math.min(written.size(), read.size()); i++) {
      if (!written.get(i).equals(read.get(i))) {
        return key + "[" + i + "]: " + written.get(i) + " reads back as " + read.get(i);
      }
    }
    if (written.size() != read.size()) {
      return key + ": " + written.size() + " written, " + read.size() + " read back";
    }
    return null;
  }

  private static String quoted(String s) {
    return "'" + s + "'";
  }
}
