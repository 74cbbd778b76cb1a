package org.handover.app.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
   * The tag every report carries in its head: {@code report} renews a file that has it without
   * --force, and refuses to replace any other existing file.
   */
  public static final String GENERATOR_MARK = "<meta name=\"generator\" content=\"Handover\">";

  /** Whether a page starting with {@code head} is a report: it carries {@link #GENERATOR_MARK}. */
  public static boolean wrote(String head) {
    return head.contains(GENERATOR_MARK);
  }

  /**
   * The page's Content-Security-Policy with {@code %s} for the script and style sources: no
   * network, no eval (Vega's expressions run in vega-interpreter) and no inline code but the page's
   * own scripts and style element, each allowed by its SHA-256 (computed as the page is built, so
   * an injected script or style would not run).
   */
  static final String CSP =
      "default-src 'none'; script-src %s; style-src %s; img-src data: blob:; font-src data:; "
          + "connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

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
    StringBuilder body = new StringBuilder(4 << 20);
    body.append("<header class=\"page-header\">\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n")
        .append(headerHtml)
        .append("\n<nav class=\"toc\" aria-label=\"Contents\"><ol>");
    for (ReportSection s : sections) {
      body.append("<li><a href=\"#")
          .append(Html.escape(s.id()))
          .append("\">")
          .append(Html.escape(s.title()))
          .append("</a></li>");
    }
    body.append(
        "</ol></nav>\n</header>\n<noscript><p class=\"notice\">The charts need JavaScript; every number "
            + "they show is also in the tables.</p></noscript>\n<main>\n");
    ObjectNode specs = VegaJson.object();
    Set<String> chartIds = new HashSet<>();
    for (ReportSection s : sections) {
      progress.step(s.title());
      body.append("<section id=\"")
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
    body.append("</main>\n");
    progress.step("Vega libraries");
    // data, not code: CSP does not apply to JSON script elements, so they need no hash
    body.append("<script type=\"application/json\" id=\"handover-specs\">")
        .append(VegaJson.forScript(specs))
        .append("</script>\n<script type=\"application/json\" id=\"handover-vega-config\">")
        .append(VegaJson.forScript(ChartTheme.config()))
        .append("</script>\n");
    List<String> scripts = new ArrayList<>();
    for (VegaLibraries.Library lib : VegaLibraries.all()) {
      String code = "\n" + lib.source() + "\n";
      scripts.add(code);
      body.append("<script data-library=\"")
          .append(lib.name())
          .append(' ')
          .append(lib.version())
          .append("\">")
          .append(code)
          .append("</script>\n");
    }
    String reportJs = "\n" + resource("report.js");
    scripts.add(reportJs);
    body.append("<script>").append(reportJs).append("</script>\n</body>\n</html>\n");
    String css = "\n" + resource("report.css");
    // the sections' own rules (data-dependent colours), each distinct text once, in section order
    Set<String> sectionRules = new LinkedHashSet<>();
    sections.forEach(sec -> sectionRules.add(sec.css()));
    sectionRules.remove("");
    String sectionCss = sectionRules.isEmpty() ? "" : "\n" + String.join("", sectionRules);
    // vega-embed's own rules first, so the page's can override them
    String embedCss = "\n" + VegaLibraries.embedCss();
    List<String> styles =
        sectionCss.isEmpty() ? List.of(embedCss, css) : List.of(embedCss, css, sectionCss);
    StringBuilder out = new StringBuilder(body.length() + 4096);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(csp(scripts, styles))
        .append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(GENERATOR_MARK)
        .append("\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n")
        .append("<style>")
        .append(embedCss)
        .append("</style>\n")
        .append("<style>")
        .append(css)
        .append("</style>\n");
    if (!sectionCss.isEmpty()) {
      out.append("<style>").append(sectionCss).append("</style>\n");
    }
    out.append("</head>\n<body>\n").append(body);
    return out.toString();
  }

  /** The policy that allows exactly these inline scripts and style elements (by their text). */
  static String csp(List<String> scripts, List<String> styles) {
    return String.format(Locale.ROOT, CSP, hashes(scripts), hashes(styles));
  }

  /**
   * CSP hash sources: {@code 'sha256-BASE64'} of each text's UTF-8 bytes, as the browser hashes.
   */
  private static String hashes(List<String> texts) {
    return texts.stream()
        .map(
            t -> {
              try {
                byte[] d =
                    MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8));
                return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
              } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
              }
            })
        .collect(Collectors.joining(" "));
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
