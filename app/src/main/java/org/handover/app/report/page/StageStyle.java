package org.handover.app.report.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handover.engine.benchmark.Stage;

/**
 * How stages look everywhere on the page: a readable label and one colour per rung, taken from the
 * viridis ramp (ordered, perceptually uniform, readable with every common colour-vision deficiency
 * and in greyscale print). Early stages are light, later stages dark, so a map "fills in" as
 * responsibility is handed over. The same scale object is used by every chart.
 */
public final class StageStyle {
  /** Viridis at nine evenly spaced points, from dark purple to yellow. */
  private static final int[] VIRIDIS = {
    0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725
  };

  private final List<Stage> stages;
  private final List<String> labels;
  private final List<String> colours;

  private StageStyle(List<Stage> stages) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("no stages to style");
    }
    this.stages = List.copyOf(stages);
    List<String> l = new ArrayList<>();
    List<String> c = new ArrayList<>();
    int n = stages.size();
    for (int i = 0; i < n; i++) {
      l.add(label(stages.get(i)));
      // from near-yellow (first stage) to dark blue-purple (last); the extreme ends are avoided:
      // pure yellow vanishes on white paper and near-black hides the region outlines.
      double t = n == 1 ? 0.5 : 0.92 - 0.8 * i / (n - 1);
      c.add(viridis(t));
    }
    this.labels = List.copyOf(l);
    this.colours = List.copyOf(c);
    if (labels.stream().distinct().count() != labels.size()) {
      throw new IllegalArgumentException("two stages share the label of " + labels);
    }
  }

  public static StageStyle of(List<Stage> stages) {
    return new StageStyle(stages);
  }

  /**
   * The stage as people read it: its name in the benchmark set, by default "FOREIGN_LEAD" ->
   * "Foreign lead".
   */
  public static String label(Stage stage) {
    return stage.name();
  }

  public List<Stage> stages() {
    return stages;
  }

  public String label(int rank) {
    return labels.get(rank);
  }

  public List<String> labels() {
    return labels;
  }

  public String colour(int rank) {
    return colours.get(rank);
  }

  public List<String> colours() {
    return colours;
  }

  /** Black or white text, whichever reads better on the stage's colour. */
  public String textColour(int rank) {
    int rgb = Integer.parseInt(colours.get(rank).substring(1), 16);
    double luminance =
        0.2126 * lin(rgb >> 16) + 0.7152 * lin((rgb >> 8) & 0xff) + 0.0722 * lin(rgb & 0xff);
    return luminance > 0.18 ? "#111111" : "#ffffff";
  }

  /** A Vega-Lite scale mapping stage labels (in ladder order) to their colours. */
  public ObjectNode scale() {
    ObjectNode s = VegaJson.object();
    s.set("domain", VegaJson.strings(labels));
    s.set("range", VegaJson.strings(colours));
    return s;
  }

  /** A coloured chip with the stage label, for tables and headings (styled by {@link #css}). */
  public String chipHtml(int rank) {
    return "<span class=\"stage stage-" + rank + "\">" + Html.escape(label(rank)) + "</span>";
  }

  /** A dot in the stage's colour (styled by {@link #css}). */
  public String dotHtml(int rank) {
    return "<span class=\"dot dot-" + rank + "\"></span>";
  }

  /** The class that gives an element's top border the stage's colour (see {@link #css}). */
  public String borderClass(int rank) {
    return "border-" + rank;
  }

  /**
   * The style rules of the chips, dots and borders, one set per rung: classes rather than style
   * attributes, which the page's Content-Security-Policy forbids.
   */
  public String css() {
    StringBuilder css = new StringBuilder();
    for (int r = 0; r < colours.size(); r++) {
      css.append(".stage-")
          .append(r)
          .append(" { background: ")
          .append(colour(r))
          .append("; color: ")
          .append(textColour(r))
          .append("; }\n.dot-")
          .append(r)
          .append(" { background: ")
          .append(colour(r))
          .append("; }\n.border-")
          .append(r)
          .append(" { border-top-color: ")
          .append(colour(r))
          .append("; }\n");
    }
    return css.toString();
  }

  private static double lin(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static String viridis(double t) {
    double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int i = Math.min((int) Math.floor(x), VIRIDIS.length - 2);
    double f = x - i;
    int a = VIRIDIS[i];
    int b = VIRIDIS[i + 1];
    int r = mix(a >> 16, b >> 16, f);
    int g = mix((a >> 8) & 0xff, (b >> 8) & 0xff, f);
    int bl = mix(a & 0xff, b & 0xff, f);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
