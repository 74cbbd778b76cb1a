package org.handover.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.handover.app.report.fixture.ForecastFixture;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.StageStyle;
import org.handover.app.report.section.DecisionsSection;
import org.handover.app.report.section.ForecastSection;
import org.handover.app.report.section.HeadlineSection;
import org.handover.engine.assessment.RegionAssessment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the generated report in headless Chromium (Debian's chromium and chromium-driver; the build
 * installs them, see scripts/ensure-chromium.sh) and checks what only a browser can: the page draws
 * every chart without errors and without a single request outside the file.
 */
class ReportBrowserTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  static ReportModel model;
  static Path report;
  static Path profile;
  static ChromeDriver driver;
  static JavascriptExecutor js;
  static List<LogEntry> consoleLog = new ArrayList<>();
  static long renderCpuMillis;

  @BeforeAll
  static void openReport() throws Exception {
    assertThat(Path.of(CHROMIUM))
        .as("Chromium (apt-get install chromium; the build runs scripts/ensure-chromium.sh)")
        .isExecutable();
    assertThat(Path.of(CHROMEDRIVER))
        .as("ChromeDriver (apt-get install chromium-driver)")
        .isExecutable();
    // the fixture with a count variable, so the page carries the forecast section as the CLI writes
    // it
    model = ForecastFixture.model();
    report =
        ReportWriter.standard(model)
            .with(ForecastFixture.section(true))
            .write(Path.of("target", "report-browser.html").toAbsolutePath(), Progress.none());
    profile = Files.createTempDirectory("handover-chromium-");

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-extensions",
        "--user-data-dir=" + profile,
        "--window-size=1280,1800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(service, options);
    js = driver;
    // before any of the page's scripts: record every Content-Security-Policy violation
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + "  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
                + "    + e.sourceFile + ':' + e.lineNumber + ' ' + e.sample);"
                + "});"));
    long cpuBefore = browserCpuMillis();
    driver.get(report.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return !!(window.handoverReport && window.handoverReport.rendered)")));
    renderCpuMillis = browserCpuMillis() - cpuBefore;
    consoleLog.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
  }

  @AfterAll
  static void close() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void rendersWithoutConsoleErrors(TestReporter reporter) {
    consoleLog.forEach(e -> reporter.publishEntry("browser " + e.getLevel(), e.getMessage()));
    assertThat(consoleLog)
        .filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .isEmpty();
    assertThat((List<?>) js.executeScript("return window.handoverReport.errors")).isEmpty();
  }

  @Test
  void runsUnderAStrictContentSecurityPolicyWithoutViolatingIt() {
    String csp =
        (String)
            js.executeScript(
                "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                    + ".content");
    assertThat(csp)
        .contains("script-src 'sha256-")
        .contains("style-src 'sha256-")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat((List<?>) js.executeScript("return window.cspViolations")).isEmpty();
    assertThat(consoleLog)
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"))
        .noneMatch(e -> e.getMessage().contains("Refused to"));
    // and the charts did draw: the interpreter evaluated their expressions
    assertThat(
            ((Number) js.executeScript("return window.handoverReport.rendered.failed")).intValue())
        .isZero();
  }

  @Test
  void makesNoRequestOutsideTheFile() {
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            js.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
    assertThat(resources).allSatisfy(url -> assertThat(url).matches("^(file|data|blob):.*"));
    assertThat((String) js.executeScript("return location.protocol")).isEqualTo("file:");
  }

  @Test
  void everyChartIsDrawn() {
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn =
        (Map<String, Object>)
            js.executeScript(
                "var out = {}; var specs = JSON.parse(document.getElementById('handover-specs').textContent);"
                    + "Object.keys(specs).forEach(function (id) {"
                    + "  var svg = document.querySelector('#' + id + ' svg');"
                    + "  var box = svg ? svg.getBoundingClientRect() : null;"
                    + "  out[id] = svg && box.width > 50 && box.height > 50"
                    + "    ? svg.querySelectorAll('path, rect, line, text, circle').length : 0; });"
                    + "return out;");
    assertThat(drawn).hasSize(4 + model.theater().size() + 4);
    assertThat(drawn)
        .containsKeys(
            "decisions-timeline",
            "forecast-fans",
            "forecast-outlook",
            "forecast-readiness-map",
            "forecast-crps");
    drawn.forEach(
        (id, marks) ->
            assertThat(((Number) marks).intValue())
                .as("drawn marks in chart " + id)
                .isGreaterThan(10));
    assertThat(
            ((Number) js.executeScript("return Object.keys(window.handoverReport.views).length"))
                .intValue())
        .isEqualTo(drawn.size());
  }

  @Test
  void mapHasOneShapePerRegion() {
    Number svgPaths =
        (Number)
            js.executeScript(
                "return document.querySelectorAll('#map-stages svg path[aria-roledescription=\"geoshape\"]').length");
    Number sceneItems =
        (Number)
            js.executeScript(
                "var n = 0; (function walk(node) {"
                    + "  if (node.marktype === 'shape') { n += node.items.length; return; }"
                    + "  (node.items || []).forEach(walk);"
                    + "})(window.handoverReport.views['map-stages'].scenegraph().root); return n;");
    assertThat(sceneItems.intValue()).isEqualTo(18);
    assertThat(svgPaths.intValue()).isEqualTo(18);
    // each shape covers some of the map, not the whole globe (a wrongly wound ring would)
    @SuppressWarnings("unchecked")
    List<Number> areas =
        (List<Number>)
            js.executeScript(
                "return Array.from(document.querySelectorAll('#map-stages svg path[aria-roledescription=\"geoshape\"]'))"
                    + ".map(function (p) { var b = p.getBBox(); return b.width * b.height; })");
    assertThat(areas).allSatisfy(a -> assertThat(a.doubleValue()).isBetween(1.0, 0.5 * 520 * 480));
  }

  @Test
  void forecastChartsDrawEveryRegion() {
    // one band and one median line per region in the fans (faceted: one group per region)
    Number bands =
        (Number)
            js.executeScript(
                "return document.querySelectorAll('#forecast-fans svg path[aria-roledescription=\"area mark\"]').length");
    assertThat(bands.intValue()).isEqualTo(model.theater().size());
    Number shapes =
        (Number)
            js.executeScript(
                "return document.querySelectorAll('#forecast-readiness-map svg path[aria-roledescription=\"geoshape\"]').length");
    long shaded =
        ForecastFixture.outlook().regions().stream().filter(r -> r.nextStage().isPresent()).count();
    assertThat(shapes.intValue()).isEqualTo(model.theater().size() + (int) shaded);
    Number curves =
        (Number)
            js.executeScript(
                "return document.querySelectorAll('#forecast-outlook svg path[aria-roledescription=\"line mark\"]').length");
    assertThat(curves.intValue()).isEqualTo((int) shaded);
    Number crpsLines =
        (Number)
            js.executeScript(
                "return document.querySelectorAll('#forecast-crps svg path[aria-roledescription=\"line mark\"]').length");
    assertThat(crpsLines.intValue())
        .isEqualTo(
            (int)
                ForecastFixture.backtest().scores().stream()
                    .map(s -> s.model())
                    .distinct()
                    .count());
  }

  @Test
  void decisionsChartDrawsEveryDecisionKnownByTheMonth() {
    // the fixture ledger has six LOCAL_CONTROL decisions effective by the as-of month (one
    // superseded)
    Number points =
        (Number)
            js.executeScript(
                "return document.querySelectorAll('#decisions-timeline svg g.mark-symbol.role-mark path').length");
    assertThat(points.intValue()).isEqualTo(6);
  }

  @Test
  void mapTooltipNamesTheBlockingConditions() {
    WebElement nineveh =
        (WebElement)
            js.executeScript(
                "var paths = document.querySelectorAll('#map-stages svg path[aria-roledescription=\"geoshape\"]');"
                    + "return Array.from(paths).find(function (p) {"
                    + "  return (p.getAttribute('aria-label') || '').indexOf('Nineveh') >= 0; });");
    assertThat(nineveh).as("map shape labelled Nineveh").isNotNull();
    js.executeScript("arguments[0].scrollIntoView({block: 'center'})", nineveh);
    new Actions(driver).moveToElement(nineveh).perform();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "var t = document.getElementById('vg-tooltip-element');"
                            + "return !!t && t.classList.contains('visible') && t.textContent.indexOf('Nineveh') >= 0;")));
    String tooltip =
        (String)
            js.executeScript("return document.getElementById('vg-tooltip-element').textContent");
    assertThat(tooltip).contains("Foreign lead", "Blocked by", "Threat", "Illustrative inputs");
    js.executeScript("window.scrollTo(0, 0)");
    new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
  }

  @Test
  void headlineNumbersEqualTheAssessment() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    StageStyle style = StageStyle.of(model.benchmarkSet().stages());
    style.labels().forEach(l -> expected.put(l, 0));
    for (RegionAssessment r : model.assessment().regions()) {
      expected.merge(style.label(r.stageRank()), 1, Integer::sum);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> shown =
        (Map<String, Object>)
            js.executeScript(
                "var out = {}; document.querySelectorAll('[data-stage-count]').forEach(function (e) {"
                    + " out[e.getAttribute('data-stage-count')] = parseInt(e.textContent, 10); }); return out;");
    Map<String, Integer> actual = new LinkedHashMap<>();
    shown.forEach((k, v) -> actual.put(k, ((Number) v).intValue()));
    assertThat(actual).isEqualTo(expected);
    HeadlineSection headline = new HeadlineSection(model);
    assertThat(text("[data-headline='regions']"))
        .isEqualTo(Integer.toString(model.theater().size()));
    assertThat(text("[data-headline='changed-month']"))
        .isEqualTo(Integer.toString(headline.changesSinceLastMonth().size()));
    assertThat(text("[data-headline='changed-quarter']"))
        .isEqualTo(Integer.toString(headline.changesSinceLastQuarter().size()));
    // the bar chart shows the same counts as the cards
    @SuppressWarnings("unchecked")
    List<Number> bars =
        (List<Number>)
            js.executeScript(
                "return window.handoverReport.views['headline-counts'].data('source_0').map(function (d) { return d.regions; })");
    assertThat(bars.stream().map(Number::intValue).toList())
        .isEqualTo(List.copyOf(expected.values()));
  }

  @Test
  void measuresRenderTimeAndSavesScreenshots(TestReporter reporter) throws Exception {
    Number ms = (Number) js.executeScript("return window.handoverReport.rendered.ms");
    Number started = (Number) js.executeScript("return window.handoverReport.started");
    Number firstScreen = (Number) js.executeScript("return window.handoverReport.firstScreen");
    // Reported, never asserted: wall time depends on what else the machine is running.
    reporter.publishEntry(
        "render time in Chromium",
        String.format(
            "page parsed and drawing started at %.0f ms, "
                + "charts on the first screen drawn at %.0f ms, all %d charts drawn at %.0f ms after navigation start; "
                + "page %d bytes; load average %s on %d cores; CPU time of chromedriver and Chromium meanwhile %d ms",
            started.doubleValue(),
            firstScreen == null ? Double.NaN : firstScreen.doubleValue(),
            ((Number) js.executeScript("return window.handoverReport.rendered.charts")).intValue(),
            ms.doubleValue(),
            Files.size(report),
            loadAverage(),
            Runtime.getRuntime().availableProcessors(),
            renderCpuMillis));
    js.executeScript("window.scrollTo(0, 0)");
    Path top = Path.of("target", "report-screenshot.png");
    Files.write(top, driver.getScreenshotAs(OutputType.BYTES));
    long height =
        ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 30_000)));
    Path full = Path.of("target", "report-screenshot-full.png");
    Files.write(full, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Path forecast = Path.of("target", "report-screenshot-forecast.png");
    Files.write(
        forecast, driver.findElement(By.id(ForecastSection.ID)).getScreenshotAs(OutputType.BYTES));
    Path decisions = Path.of("target", "report-screenshot-decisions.png");
    Files.write(
        decisions,
        driver.findElement(By.id(DecisionsSection.ID)).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(1280, 1800));
    reporter.publishEntry(
        "screenshots",
        top.toAbsolutePath()
            + ", "
            + full.toAbsolutePath()
            + ", "
            + forecast.toAbsolutePath()
            + ", "
            + decisions.toAbsolutePath());
    assertThat(Files.size(top)).isGreaterThan(10_000);
  }

  /**
   * CPU time used so far by this JVM's child processes (chromedriver, Chromium and its renderers):
   * unlike wall time it hardly depends on what else the machine is running.
   */
  private static long browserCpuMillis() {
    return ProcessHandle.current()
        .descendants()
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
        .sum();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String text(String selector) {
    return (String)
        js.executeScript("return document.querySelector(arguments[0]).textContent", selector);
  }
}
