package org.handover.app.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.ChartTheme;
import org.handover.app.report.page.Format;
import org.handover.app.report.page.Html;
import org.handover.app.report.page.VegaJson;
import org.handover.app.report.section.Illustrative;
import org.handover.app.report.section.ProvenanceSection;
import org.handover.app.report.section.ReportSection;

/**
 * Stacks report sections into one self-contained HTML page: styles, data, Vega-Lite specs and the
 * Vega libraries are all inline, and a Content-Security-Policy forbids the page any network
 * request, so it opens offline from disk and cannot leak or fetch anything.
 *
 * <pre>{@code
 * ReportWriter.standard(model).with(new ForecastSection(...)).write(Path.of("report.html"), progress);
 * }</pre>
 */
public final class ReportWriter {
  /**
   * Inline scripts and styles only; {@code unsafe-eval} because Vega compiles its expressions to
   * functions.
   */
  static final String CSP =
      "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
          + "base-uri 'none'; form-action 'none'";

  private final String title;
  private final String headerHtml;
  private final List<ReportSection> sections;

  private ReportWriter(String title, String headerHtml, List<ReportSection> sections) {
    this.title = Objects.requireNonNull(title, "title");
    this.headerHtml = Objects.requireNonNull(headerHtml, "headerHtml");
    this.sections = List.copyOf(sections);
    Set<String> ids = new HashSet<>();
    for (ReportSection s : this.sections) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("two report sections share the id '" + s.id() + "'");
      }
    }
  }

  /**
   * A page of the given sections.
   *
   * @param headerHtml trusted markup shown under the title (facts about the report, notices)
   */
  public static ReportWriter of(String title, String headerHtml, List<ReportSection> sections) {
    return new ReportWriter(title, headerHtml, sections);
  }

  /**
   * The standard report: headline, map, stages over time, recommendations and decisions, regions in
   * detail, provenance footer.
   */
  public static ReportWriter standard(ReportModel model) {
    return of(model.title(), standardHeader(model), StandardSections.of(model));
  }

  /**
   * A copy with {@code section} added before the provenance footer (or at the end if there is
   * none).
   */
  public ReportWriter with(ReportSection section) {
    List<ReportSection> all = new ArrayList<>(sections);
    int footer = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(ProvenanceSection.ID)) {
        footer = i;
      }
    }
    all.add(footer < 0 ? all.size() : footer, section);
    return new ReportWriter(title, headerHtml, all);
  }

  public List<ReportSection> sections() {
    return sections;
  }

  public String html() {
    return html(Progress.none());
  }

  /** The page; one progress step per section and one for the libraries. */
  public String html(Progress progress) {
    StringBuilder out = new StringBuilder(4 << 20);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP)
        .append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n")
        .append("<style>\n")
        .append(resource("report.css"))
        .append("</style>\n</head>\n<body>\n");
    out.append("<header class=\"page-header\">\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n")
        .append(headerHtml)
        .append("\n<nav class=\"toc\" aria-label=\"Contents\"><ol>");
    for (ReportSection s : sections) {
      out.append("<li><a href=\"#")
          .append(Html.escape(s.id()))
          .append("\">")
          .append(Html.escape(s.title()))
          .append("</a></li>");
    }
    out.append(
        "</ol></nav>\n</header>\n<noscript><p class=\"notice\">The charts need JavaScript; every number "
            + "they show is also in the tables.</p></noscript>\n<main>\n");
    ObjectNode specs = VegaJson.object();
    Set<String> chartIds = new HashSet<>();
    for (ReportSection s : sections) {
      progress.step(s.title());
      out.append("<section id=\"")
          .append(Html.escape(s.id()))
          .append("\" class=\"section section-")
          .append(Html.escape(s.id()))
          .append("\">\n<h2>")
          .append(Html.escape(s.title()))
          .append("</h2>\n")
          .append(s.bodyHtml())
          .append("</section>\n");
      for (Chart c : s.charts()) {
        if (!chartIds.add(c.id())) {
          throw new IllegalArgumentException(
              "two charts share the id '" + c.id() + "' (section " + s.id() + ")");
        }
        specs.set(c.id(), c.spec());
      }
    }
    out.append("</main>\n");
    progress.step("Vega libraries");
    out.append("<script type=\"application/json\" id=\"handover-specs\">")
        .append(VegaJson.forScript(specs))
        .append("</script>\n<script type=\"application/json\" id=\"handover-vega-config\">")
        .append(VegaJson.forScript(ChartTheme.config()))
        .append("</script>\n");
    for (VegaLibraries.Library lib : VegaLibraries.all()) {
      out.append("<script data-library=\"")
          .append(lib.name())
          .append(' ')
          .append(lib.version())
          .append("\">\n")
          .append(lib.source())
          .append("\n</script>\n");
    }
    out.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Writes the page to {@code out} (through a temporary file, so a failed write leaves no half
   * page).
   */
  public Path write(Path out, Progress progress) throws IOException {
    String page = html(progress);
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // a sibling rather than createTempFile, whose owner-only permissions the report would keep
    Path tmp = dir.resolve("." + out.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, page, StandardCharsets.UTF_8);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    progress.step("written");
    return out;
  }

  /**
   * Steps {@link #write} reports to a {@link Progress}: one per section, the libraries, the file.
   */
  public int steps() {
    return sections.size() + 2;
  }

  static String standardHeader(ReportModel model) {
    StringBuilder h = new StringBuilder("<p class=\"meta\">");
    h.append("As of <strong data-as-of=\"")
        .append(model.asOf())
        .append("\">")
        .append(Html.escape(Format.month(model.asOf())))
        .append("</strong> \u00b7 data ")
        .append(Html.escape(Format.month(model.months().first())))
        .append(" to ")
        .append(Html.escape(Format.month(model.months().last())))
        .append(model.showsMonthsAfter() ? " (" + Html.escape(model.afterLabel()) + ")" : "")
        .append(" \u00b7 benchmark set ")
        .append(Html.escape(model.benchmarkSet().name()))
        .append(' ')
        .append(Html.escape(model.benchmarkSet().version()))
        .append(" \u00b7 generated ")
        .append(Html.escape(Format.time(model.generatedAt())))
        .append("</p>");
    if (model.provenance().usesIllustrativeData()) {
      h.append("\n<p class=\"notice illustrative-note\">")
          .append(Html.escape(Illustrative.LABEL))
          .append(": the assessment uses illustrative inputs (")
          .append(Html.escape(String.join(", ", model.provenance().illustrative())))
          .append(
              "). Charts and tables that show them say so; the method is "
                  + "in <a href=\"#provenance\">Provenance and method</a>.</p>");
    }
    return h.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing report resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
