package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handover.io.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application in headless Chromium (Debian's chromium and chromium-driver, as the report's
 * browser test; the build installs them): an analyst signs in, sees the dashboard's charts drawn
 * from the report's specs, and opens a region page; a viewer cannot reach an analyst's action. No
 * Content-Security-Policy violation on any page.
 */
class WebBrowserTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  static WebFixture web;
  Path profile;
  ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    assertThat(Path.of(CHROMIUM))
        .as("Chromium (apt-get install chromium; the build runs scripts/ensure-chromium.sh)")
        .isExecutable();
    assertThat(Path.of(CHROMEDRIVER))
        .as("ChromeDriver (apt-get install chromium-driver)")
        .isExecutable();
    web = WebFixture.get();
  }

  @BeforeEach
  void browser() throws Exception {
    profile = Files.createTempDirectory("handover-chromium-");
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
        "--disable-extensions",
        "--user-data-dir=" + profile,
        "--window-size=1280,1600");
    // a driver's quit stops its service: one each
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + "  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);"
                + "});"
                // console errors and uncaught errors, whatever logged them (Vega, the page)
                + "window.consoleErrors = [];"
                + "(function () { var error = console.error;"
                + "  console.error = function () {"
                + "    window.consoleErrors.push(Array.prototype.map.call(arguments, String)"
                + "      .join(' '));"
                + "    return error.apply(console, arguments); }; })();"
                + "window.addEventListener('error', function (e) {"
                + "  window.consoleErrors.push('uncaught: ' + e.message); });"
                + "window.addEventListener('unhandledrejection', function (e) {"
                + "  window.consoleErrors.push('unhandled: ' + e.reason); });"));
  }

  @AfterEach
  void close() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  void signIn(String user) {
    driver.get(web.base + "/");
    waiting().until(d -> d.getCurrentUrl().endsWith("/login"));
    driver.findElement(By.id("user")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
    driver.findElement(By.id("sign-in")).click();
    waiting().until(d -> !d.getCurrentUrl().endsWith("/login"));
  }

  void noCspViolations() {
    assertThat((List<?>) js("return window.cspViolations")).isEmpty();
    assertThat((List<?>) js("return window.consoleErrors")).as("console errors").isEmpty();
  }

  /** The SVG elements vega-embed drew into the element {@code id}. */
  int svgIn(String id) {
    return ((Number)
            js(
                "var el = document.getElementById('"
                    + id
                    + "'); return el ? el.querySelectorAll('svg, canvas').length : -1;"))
        .intValue();
  }

  @Test
  void anAnalystSignsInAndOpensARegionPage() {
    signIn("analyst");
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return !!(window.handoverCharts && window.handoverCharts.drawn > 0"
                            + " && document.querySelectorAll('svg').length > 0)")));
    assertThat((List<?>) js("return window.handoverCharts.errors")).isEmpty();
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("iraq: as of");
    noCspViolations();
    driver.findElement(By.linkText("Basra")).click();
    waiting().until(d -> d.findElements(By.tagName("h1")).size() > 0);
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Basra as of");
    assertThat(driver.getPageSource()).contains("Benchmarks").contains("History");
    assertThat(driver.findElements(By.id("record-decision"))).hasSize(1);
    // the report's charts for the region: benchmarks against thresholds and the forecast fan; at
    // the last month Basra is at its last stage, so there is no outlook curve, and the page says so
    regionChartsDrawn();
    assertThat(svgIn("region-basra-benchmarks")).as("benchmarks chart").isPositive();
    assertThat(svgIn("forecast-fans")).as("forecast fan").isPositive();
    assertThat(driver.findElements(By.cssSelector("[data-forecast='top-stage']"))).hasSize(1);
    assertThat(svgIn("forecast-outlook")).as("no outlook curve").isEqualTo(-1);
    assertThat(driver.findElement(By.id("benchmarks")).getText())
        .contains("Benchmark verdicts for Basra");
    noCspViolations();

    // before its transfer, the outlook curve of its next stage too
    driver.get(web.base + "/regions/Basra?as_of=2007-06");
    regionChartsDrawn();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Basra as of 2007-06");
    assertThat(svgIn("region-basra-benchmarks")).as("benchmarks chart").isPositive();
    assertThat(svgIn("forecast-fans")).as("forecast fan").isPositive();
    assertThat(svgIn("forecast-outlook")).as("outlook curve").isPositive();
    assertThat(driver.findElement(By.id("forecast")).getText())
        .contains("Chance of meeting every condition of the next stage");
    noCspViolations();
  }

  /**
   * Waits until the region page has drawn its charts (the forecast is computed on first view of a
   * month: minutes on a busy machine), and none failed.
   */
  void regionChartsDrawn() {
    new WebDriverWait(driver, Duration.ofMinutes(5))
        .until(
            d ->
                "drawn"
                    .equals(
                        js(
                            "return document.documentElement.getAttribute("
                                + "'data-region-charts')")));
    assertThat((List<?>) js("return window.handoverCharts.errors")).isEmpty();
  }

  @Test
  void aViewerCannotReachAnAnalystsAction() {
    signIn("viewer");
    waiting().until(d -> d.findElements(By.id("sign-out")).size() > 0);
    assertThat(driver.findElements(By.linkText("Compare policies"))).isEmpty();
    driver.get(web.base + "/compare");
    assertThat(driver.getPageSource()).contains("does not permit");
    driver.get(web.base + "/ledger");
    waiting().until(d -> d.findElements(By.id("ledger-table")).size() > 0);
    assertThat(driver.findElement(By.id("decide")).getAttribute("class")).contains("hidden");
    // the form is hidden; posting anyway, with the session and its CSRF token, is refused
    Object status =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[0];"
                    + "fetch('/api/session').then(r => r.json()).then(s => fetch('/api/decisions', {"
                    + " method: 'POST', headers: {'Content-Type': 'application/json',"
                    + " 'X-CSRF-Token': s.csrf_token}, body: '{}'})).then(r => done(r.status));");
    assertThat(((Number) status).intValue()).isEqualTo(403);
    noCspViolations();
  }

  void signOut() {
    driver.findElement(By.id("sign-out")).click();
    waiting().until(d -> d.getCurrentUrl().endsWith("/login"));
  }

  void openPlan(String name) {
    driver.get(web.base + "/plans?plan=" + name);
    waiting().until(d -> d.findElements(By.id("plan-status")).size() > 0);
  }

  void click(String id, String message) {
    waiting().until(d -> d.findElements(By.id(id)).size() > 0);
    driver.findElement(By.id(id)).click();
    // the page draws the version again after the change: the message element is replaced
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("plan-message")).getText().contains(message));
  }

  @Test
  void aPlanIsProposedAndSignedByBothPartiesThroughThePlansPage() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    HttpResponse<String> saved =
        web.send("POST", "/api/plans/browser-flow", PlanWebTest.document("2007-11"), analyst);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

    signIn("analyst");
    openPlan("browser-flow");
    assertThat(driver.findElement(By.id("plan-status")).getText()).contains("DRAFT");
    assertThat(driver.findElements(By.id("plan-sign"))).isEmpty();
    click("plan-propose", "Proposed version 1");
    assertThat(driver.findElement(By.id("plan-status")).getText()).contains("PROPOSED");
    noCspViolations();
    signOut();

    signIn("viewer");
    openPlan("browser-flow");
    assertThat(driver.findElements(By.id("plan-sign"))).isEmpty();
    assertThat(driver.findElements(By.id("plan-propose"))).isEmpty();
    signOut();

    signIn("host-signatory");
    openPlan("browser-flow");
    assertThat(driver.findElements(By.id("plan-propose"))).isEmpty();
    click("plan-sign", "not agreed yet");
    assertThat(driver.findElement(By.id("plan-signatures")).getText()).contains("host-signatory");
    signOut();

    signIn("partner-signatory");
    openPlan("browser-flow");
    click("plan-sign", "agreed: 2 planned decisions");
    assertThat(driver.findElement(By.id("plan-status")).getText()).contains("AGREED");
    assertThat(driver.findElement(By.id("plan-signatures")).getText())
        .contains("host-signatory")
        .contains("partner-signatory");
    noCspViolations();
  }

  /**
   * The plan job is held at its solving step by a hook on the job's thread, so the page is seen
   * showing that step however fast the machine is; then released, the page shows the tranches.
   */
  @Test
  void anAnalystSolvesAPlanOnThePageSeesItsProgressAndSavesItAsADraft() throws Exception {
    Jobs jobs = web.server.jobs();
    java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    jobs.onStep(
        job -> {
          if (job.kind.equals("plan") && job.step.startsWith("solving") && reached.getCount() > 0) {
            reached.countDown();
            try {
              release.await(5, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    try {
      signIn("analyst");
      driver.get(web.base + "/plans");
      waiting().until(d -> d.findElement(By.id("solve")).isDisplayed());
      driver.findElement(By.name("as_of")).sendKeys("2007-06");
      driver.findElement(By.name("horizon")).clear();
      driver.findElement(By.name("horizon")).sendKeys("24");
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("constraints")))
          .selectByValue("iraq-2007.yaml");
      driver.findElement(By.id("solve-run")).click();
      assertThat(reached.await(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
      waiting().until(d -> d.findElement(By.id("solve-step")).getText().startsWith("solving"));
      assertThat(driver.findElement(By.id("solve-progress")).getAttribute("value")).isEqualTo("2");
      assertThat(driver.findElement(By.id("solve-progress")).getAttribute("max")).isEqualTo("4");
      assertThat(driver.findElements(By.id("solved-tranches"))).isEmpty();
      release.countDown();
      waiting().until(d -> d.findElements(By.id("solved-tranches")).size() > 0);
      assertThat(driver.findElement(By.id("solve-step")).getText()).isEqualTo("done");
      String tranches = driver.findElement(By.id("solved-tranches")).getText();
      com.fasterxml.jackson.databind.JsonNode expected =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(web.cli.get("plan-2007-06"))
              .get("transitions");
      assertThat(expected).isNotEmpty();
      for (com.fasterxml.jackson.databind.JsonNode t : expected) {
        assertThat(tranches).contains(t.get("region").asText()).contains(t.get("month").asText());
      }
      driver.findElement(By.id("save-name")).clear();
      driver.findElement(By.id("save-name")).sendKeys("browser-solved");
      driver.findElement(By.id("save-draft-button")).click();
      waiting()
          .until(
              d ->
                  d.findElement(By.id("save-message"))
                      .getText()
                      .contains("Saved as plan browser-solved version 1 (DRAFT)"));
      driver.findElement(By.id("saved-link")).click();
      waiting().until(d -> d.findElements(By.id("plan-status")).size() > 0);
      assertThat(driver.findElement(By.id("plan-status")).getText()).contains("DRAFT");
      // and it can be proposed from here, as any draft
      assertThat(driver.findElements(By.id("plan-propose"))).isNotEmpty();
      noCspViolations();
    } finally {
      release.countDown();
      jobs.onStep(null);
    }
  }

  @Test
  void thePlansPageShowsTheChangesBetweenTwoVersions() throws Exception {
    WebFixture.Session analyst = web.signIn(Role.ANALYST);
    for (String month : new String[] {"2007-11", "2008-02"}) {
      HttpResponse<String> saved =
          web.send("POST", "/api/plans/browser-diff", PlanWebTest.document(month), analyst);
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    }
    signIn("viewer");
    openPlan("browser-diff");
    assertThat(driver.findElement(By.id("diff-from")).getAttribute("value")).isEqualTo("1");
    assertThat(driver.findElement(By.id("diff-to")).getAttribute("value")).isEqualTo("2");
    driver.findElement(By.id("diff-show")).click();
    waiting().until(d -> d.findElements(By.id("plan-diff-transitions")).size() > 0);
    String changes = driver.findElement(By.id("plan-diff-transitions")).getText();
    assertThat(changes).contains("moved").contains("Basra").contains("2007-11").contains("2008-02");
    assertThat(changes).doesNotContain("Muthanna");
    assertThat(driver.findElement(By.id("plan-diff-summary")).getText()).contains("1 moved");
    // the other way round the move is back
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("diff-from")))
        .selectByValue("2");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("diff-to")))
        .selectByValue("1");
    driver.findElement(By.id("diff-show")).click();
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("plan-diff-summary")).getText().startsWith("Version 2"));
    assertThat(driver.findElement(By.id("plan-diff-transitions")).getText())
        .contains("2008-02 (tranche 2)")
        .contains("-3");
    noCspViolations();
  }
}
