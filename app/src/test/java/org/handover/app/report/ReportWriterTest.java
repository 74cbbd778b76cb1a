package org.handover.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.Chart;
import org.handover.app.report.page.VegaJson;
import org.handover.app.report.section.ReportSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  static ReportModel model;
  static String page;

  @BeforeAll
  static void render() throws Exception {
    model = ReportFixture.model(true);
    Path out = Path.of("target", "report-fixture.html");
    ReportWriter.standard(model).write(out, Progress.none());
    page = Files.readString(out);
  }

  @Test
  void pageIsSmallEnoughToMail() {
    assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(5_000_000);
  }

  @Test
  void pageLoadsNothingFromOutside() {
    String own = Specs.ownMarkup(page);
    assertThat(own.length()).isLessThan(page.length() - 500_000);
    String lower = own.toLowerCase();
    assertThat(lower).doesNotContain("http://").doesNotContain("https://");
    assertThat(lower)
        .doesNotContain("<script src")
        .doesNotContain("<link")
        .doesNotContain("<iframe")
        .doesNotContain("<img")
        .doesNotContain("@import")
        .doesNotContain("url(http")
        .doesNotContain("sourcemappingurl");
    assertThat(page)
        .contains("http-equiv=\"Content-Security-Policy\"")
        .contains("default-src 'none'")
        .contains("connect-src 'none'");
    // every <script> element is inline (no src attribute of any kind)
    Matcher m = Pattern.compile("<script([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(page);
    int scripts = 0;
    while (m.find()) {
      assertThat(m.group(1)).doesNotContainIgnoringCase("src=");
      scripts++;
    }
    assertThat(scripts).isEqualTo(2 + 4 + 1);
  }

  @Test
  void policyAllowsExactlyThePagesOwnScriptsAndStylesByHash() throws Exception {
    Matcher meta =
        Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
            .matcher(page);
    assertThat(meta.find()).isTrue();
    String csp = meta.group(1);
    assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    List<String> scriptHashes = new ArrayList<>();
    Matcher script = Pattern.compile("(?s)<script([^>]*)>(.*?)</script>").matcher(page);
    while (script.find()) {
      if (!script.group(1).contains("application/json")) {
        scriptHashes.add(sha256(script.group(2)));
      }
    }
    List<String> styleHashes = new ArrayList<>();
    Matcher style = Pattern.compile("(?s)<style>(.*?)</style>").matcher(page);
    while (style.find()) {
      styleHashes.add(sha256(style.group(1)));
    }
    assertThat(scriptHashes).hasSize(4 + 1);
    assertThat(styleHashes).hasSize(3);
    assertThat(csp)
        .contains("script-src " + String.join(" ", scriptHashes) + ";")
        .contains("style-src " + String.join(" ", styleHashes) + ";");
    // the page has no inline style attributes or event handlers, which hashes do not allow
    String own = Specs.ownMarkup(page);
    assertThat(own).doesNotContain(" style=\"").doesNotContainPattern(" on[a-z]+=\"");
  }

  private static String sha256(String text) throws Exception {
    byte[] d =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(StandardCharsets.UTF_8));
    return "'sha256-" + java.util.Base64.getEncoder().encodeToString(d) + "'";
  }

  @Test
  void librariesAreInlinedFromTheWebJars() {
    for (VegaLibraries.Library lib : VegaLibraries.all()) {
      assertThat(page).contains("data-library=\"" + lib.name() + " " + lib.version() + "\"");
      // vega-interpreter is small; the others are whole libraries
      assertThat(lib.source())
          .hasSizeGreaterThan(lib.name().equals("vega-interpreter") ? 4_000 : 50_000);
    }
  }

  @Test
  void everySpecIsValidJsonAndHasItsContainer() throws Exception {
    JsonNode specs = VegaJson.MAPPER.readTree(scriptJson("handover-specs"));
    List<String> ids = new ArrayList<>();
    specs.fieldNames().forEachRemaining(ids::add);
    assertThat(ids)
        .contains("headline-counts", "map-stages", "timeline-stages")
        .hasSize(3 + model.theater().size());
    for (String id : ids) {
      assertThat(page).contains("<div class=\"chart\" id=\"" + id + "\"");
      assertThat(specs.get(id).has("$schema")).as("a $schema URL is not needed offline").isFalse();
    }
    assertThat(VegaJson.MAPPER.readTree(scriptJson("handover-vega-config")).path("font").asText())
        .contains("sans-serif");
  }

  @Test
  void sectionsAppearInOrderWithProvenanceLast() {
    List<String> ids =
        ReportWriter.standard(model).sections().stream().map(ReportSection::id).toList();
    assertThat(ids)
        .containsExactly("headline", "map", "timeline", "decisions", "regions", "provenance");
    int last = -1;
    for (String id : ids) {
      int at = page.indexOf("<section id=\"" + id + "\"");
      assertThat(at).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void laterSectionsGoBeforeTheFooter() {
    ReportSection extra =
        new ReportSection() {
          public String id() {
            return "forecast";
          }

          public String title() {
            return "Outlook";
          }

          public List<Chart> charts() {
            return List.of();
          }

          public String bodyHtml() {
            return "<p>later</p>";
          }
        };
    ReportWriter w = ReportWriter.standard(model).with(extra);
    assertThat(w.sections().stream().map(ReportSection::id))
        .containsExactly(
            "headline", "map", "timeline", "decisions", "regions", "forecast", "provenance");
    assertThatThrownBy(() -> w.with(extra)).hasMessageContaining("share the id 'forecast'");
  }

  @Test
  void jsonInScriptCannotCloseTheElement() {
    ObjectNode n = VegaJson.object().put("x", "</script><script>alert(1)</script><!--");
    String s = VegaJson.forScript(n);
    assertThat(s).doesNotContain("<");
    assertThat(VegaJson.MAPPER.valueToTree(n).toString()).contains("</script>");
  }

  @Test
  void progressGetsOneStepPerSectionPlusLibrariesAndFile() throws Exception {
    List<String> steps = new ArrayList<>();
    Progress p =
        new Progress() {
          public void step(String what) {
            steps.add(what);
          }

          public void close() {}
        };
    ReportWriter w = ReportWriter.standard(model);
    w.write(Path.of("target", "report-steps.html"), p);
    assertThat(steps).hasSize(w.steps()).startsWith("Headline").endsWith("written");
  }

  private static String scriptJson(String id) {
    Matcher m =
        Pattern.compile(
                "<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(m.find()).as("script " + id).isTrue();
    return m.group(1);
  }
}
