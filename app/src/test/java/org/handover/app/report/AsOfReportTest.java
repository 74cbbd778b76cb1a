package org.handover.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handover.app.report.fixture.ReportFixture;
import org.handover.app.report.fixture.Specs;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.VegaJson;
import org.junit.jupiter.api.Test;

/**
 * A report as of a month inside the data shows nothing of the months after it, in any section's
 * chart data or table, unless asked to; then the later months are there and marked.
 */
class AsOfReportTest {
  static final YearMonth AS_OF = ReportFixture.AS_OF;
  static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");
  static final Pattern NAMED =
      Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4})\\b");

  static ReportModel model() {
    return ReportFixture.model(
        ReportFixture.panel(true), ReportFixture.benchmarkSet(), AS_OF, ReportFixture.ledger());
  }

  static String page(ReportModel model, String name) throws Exception {
    Path out = Path.of("target", name);
    ReportWriter.standard(model).write(out, Progress.none());
    // the time the page was made is not a month of the data
    return Specs.ownMarkup(Files.readString(out)).replace("2025-01-15 10:30 UTC", "");
  }

  /**
   * Every month named in the text: ISO months, ISO days (a day is the month it falls in) and "Jun
   * 2007".
   */
  static List<YearMonth> months(String text) {
    List<YearMonth> out = new ArrayList<>();
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      YearMonth m = YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
      // a day opening a month is the exclusive end of the month before (the runs' "end")
      out.add("01".equals(iso.group(3)) ? m.minusMonths(1) : m);
    }
    Matcher named = NAMED.matcher(text);
    while (named.find()) {
      out.add(
          YearMonth.parse(
              named.group(1) + " " + named.group(2),
              DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)));
    }
    return out;
  }

  static JsonNode specs(String page) throws Exception {
    Matcher m =
        Pattern.compile(
                "(?s)<script type=\"application/json\" id=\"handover-specs\">(.*?)</script>")
            .matcher(page);
    assertThat(m.find()).isTrue();
    return VegaJson.MAPPER.readTree(m.group(1));
  }

  /** The length of the longest "y" series in any dataset: one value per month shown. */
  static int longestSeries(JsonNode n) {
    int longest = 0;
    if (n.isObject()) {
      JsonNode y = n.get("y");
      if (y != null && y.isArray()) {
        longest = y.size();
      }
      for (JsonNode c : n) {
        longest = Math.max(longest, longestSeries(c));
      }
    } else if (n.isArray()) {
      for (JsonNode c : n) {
        longest = Math.max(longest, longestSeries(c));
      }
    }
    return longest;
  }

  @Test
  void byDefaultNoChartOrTableShowsAMonthAfterAsOf() throws Exception {
    ReportModel model = model();
    assertThat(model.panel().months().last()).isAfter(AS_OF);
    String page = page(model, "report-as-of.html");
    JsonNode specs = specs(page);
    assertThat(months(specs.toString())).isNotEmpty().allMatch(m -> !m.isAfter(AS_OF));
    int shown = model.panel().months().offsetOf(AS_OF) + 1;
    assertThat(longestSeries(specs)).isEqualTo(shown);
    String markup = page.replaceAll("(?s)<script.*?</script>", "");
    assertThat(months(markup)).isNotEmpty().allMatch(m -> !m.isAfter(AS_OF));
    assertThat(markup).doesNotContain("not known at the time").doesNotContain("class=\"after\"");
  }

  @Test
  void showAfterAddsTheLaterMonthsMarkedAsNotKnownThen() throws Exception {
    ReportModel model = model().withShowAfter(true);
    String page = page(model, "report-show-after.html");
    JsonNode specs = specs(page);
    YearMonth last = model.panel().months().last();
    assertThat(months(specs.toString())).contains(last);
    assertThat(longestSeries(specs)).isEqualTo(model.panel().monthCount());
    JsonNode runs = specs.path("timeline-stages").path("layer").get(0).path("data").path("values");
    for (JsonNode run : runs) {
      LocalDate start = LocalDate.parse(run.path("start").asText());
      boolean after = YearMonth.from(start).isAfter(AS_OF);
      assertThat(run.has("after")).as(run.toString()).isEqualTo(after);
    }
    assertThat(specs.toString()).contains("after May 2007: not known at the time");
    String markup = page.replaceAll("(?s)<script.*?</script>", "");
    assertThat(markup).contains("<tr class=\"after\">", "not known at the time");
    assertThat(months(markup)).contains(last);
  }
}
