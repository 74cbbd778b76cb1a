package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.handover.app.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handover describe (and export) on a scripted theater with no benchmark set: North has advisers 1,
 * 2, 3, 4 in 2007-01..04, South 10 and 30 in 2007-02 and 03 (no data in 01 and 04).
 */
class DescribeCommandTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void theater() throws IOException {
    db = dir.resolve("t.duckdb");
    Path regions =
        Files.writeString(
            dir.resolve("regions.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"South\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[0,-1],[1,-1],[1,0],[0,0],[0,-1]]]}}]}");
    Path measurements =
        Files.writeString(
            dir.resolve("m.csv"),
            "month,region,measure,value\n2007-01,North,advisers,1\n2007-02,North,advisers,2\n"
                + "2007-03,North,advisers,3\n2007-04,North,advisers,4\n"
                + "2007-02,South,advisers,10\n2007-03,South,advisers,30\n");
    assertThat(run("import", "--theater", "t", "regions", regions.toString()).exit()).isZero();
    assertThat(run("import", "--theater", "t", "measurements", measurements.toString()).exit())
        .isZero();
  }

  private Run run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = db.toString();
    return CommandLineTest.run(all);
  }

  @Test
  void tableGivesQuantilesComputedByHandOverallAndPerRegion() {
    Run r = run("describe", "advisers");
    assertThat(r.exit()).isZero();
    // overall sorted 1 2 3 4 10 30, h = 5p: p5 1.25, p25 2.25, p75 8.5, p90 20; mean 50 / 6
    assertThat(r.out())
        .contains("Distribution of advisers")
        .contains("Months 2007-01 to 2007-04, 2 regions")
        .containsPattern(
            "\\(all\\) +6 +2 +1 +1\\.25 +1\\.5 +2\\.25 +3\\.5 +8\\.5 +20 +25 +30 +8\\.333\n")
        .containsPattern(
            "North +4 +0 +1 +1\\.15 +1\\.3 +1\\.75 +2\\.5 +3\\.25 +3\\.7 +3\\.85 +4 +2\\.5\n")
        .containsPattern("South +2 +2 +10 +11 +12 +15 +20 +25 +28 +29 +30 +20\n")
        .contains("Inputs: m.csv ", "regions.geojson ");
  }

  @Test
  void spanAndRegionNarrowTheRows() {
    Run r =
        run("describe", "advisers", "--from", "2007-03", "--to", "2007-04", "--region", "South");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("\\(all\\) +1 +1 +30 ")
        .containsPattern("South +1 +1 +30 ")
        .doesNotContain("North");
  }

  @Test
  void jsonHasTheExpressionSpanCountsAndProvenance() throws IOException {
    Run r = run("describe", "2 * advisers", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("expression").asText()).isEqualTo("2 * advisers");
    assertThat(root.get("from").asText()).isEqualTo("2007-01");
    assertThat(root.get("to").asText()).isEqualTo("2007-04");
    assertThat(root.at("/overall/values").asInt()).isEqualTo(6);
    assertThat(root.at("/overall/no_data").asInt()).isEqualTo(2);
    assertThat(root.at("/overall/quantiles/p50").asDouble()).isEqualTo(7.0);
    assertThat(root.at("/regions/1/region").asText()).isEqualTo("South");
    assertThat(root.at("/regions/1/no_data").asInt()).isEqualTo(2);
    assertThat(root.at("/regions/1/mean").asDouble()).isEqualTo(40.0);
    assertThat(root.at("/provenance/inputs").size()).isEqualTo(2);
  }

  @Test
  void csvHasOneRowOverallAndOnePerRegion() {
    Run r = run("describe", "advisers", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines())
        .containsExactly(
            "expression,from,to,region,values,no_data,min,p5,p10,p25,p50,p75,p90,p95,max,mean,"
                + "illustrative_inputs",
            "advisers,2007-01,2007-04,(all),6,2,1,1.25,1.5,2.25,3.5,8.5,20,25,30,8.333333333333334,",
            "advisers,2007-01,2007-04,North,4,0,1,1.15,1.3,1.75,2.5,3.25,3.7,3.8499999999999996,4,2.5,",
            "advisers,2007-01,2007-04,South,2,2,10,11,12,15,20,25,28,29,30,20,");
  }

  @Test
  void aBadExpressionExitsTwoWithTheColumnPointer() {
    Run r = run("describe", "rolling_mean(advisors, 3)");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("handover: unknown variable 'advisors' at column 14 (did you mean advisers?)")
        .contains("\nrolling_mean(advisors, 3)\n             ^");
  }

  @Test
  void exportWithoutASetWritesTheCanonicalTablesAndSaysTheAssessmentWasSkipped()
      throws IOException {
    Path out = dir.resolve("export");
    Run r = run("export", "--out", out.toString(), "--formats", "csv");
    assertThat(r.exit()).isZero();
    assertThat(out.resolve("regions.csv")).exists();
    assertThat(out.resolve("measurements.csv")).exists();
    assertThat(out.resolve("imports.csv")).exists();
    assertThat(r.out())
        .contains("wrote " + out.resolve("regions.csv"))
        .contains("note: no benchmark set recorded for theater 't': the assessment was skipped")
        .doesNotContain("assessment-");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("assessment"));
    }
  }

  @Test
  void aMonthOutsideTheDataIsAUserError() {
    Run r = run("describe", "advisers", "--from", "2006-01");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("month 2006-01 is outside the data (2007-01 to 2007-04)");
  }

  @Test
  void anExpressionOnIllustrativeDataSaysSoInEveryFormat() throws IOException {
    Path made =
        Files.writeString(
            dir.resolve("made.csv"),
            "month,region,measure,value\n2007-01,North,trainers,5\n2007-02,South,trainers,7\n");
    assertThat(
            run(
                    "import",
                    "--theater",
                    "t",
                    "measurements",
                    made.toString(),
                    "-o",
                    "illustrative=true")
                .exit())
        .isZero();
    assertThat(run("describe", "trainers + advisers").out())
        .contains("ILLUSTRATIVE DATA: these values rest partly on trainers");
    assertThat(run("describe", "trainers", "--format", "csv").out().lines().skip(1))
        .allSatisfy(line -> assertThat(line).endsWith(",trainers"));
    assertThat(run("describe", "trainers", "--format", "json").out())
        .contains("\"uses_illustrative_data\" : true");
    // an expression that reads only observed variables carries no label
    Run observed = run("describe", "advisers");
    assertThat(observed.out()).doesNotContain("ILLUSTRATIVE");
  }
}
