package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handover.app.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * describe and assess with event series filtered on the type of violence, on a scripted theater
 * (North and South) and a UCDP GED file in the codebook's column names (illustrative rows): North
 * has a one-sided event (4 deaths) and a state-based one (6) in January 2007, South a one-sided one
 * (2) in February and a non-state one (8) in March.
 */
class EventFilterCommandTest {
  private static final String ONE_SIDED = "deaths_best[event_type == \"one-sided\"]";

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
    Path ged =
        Files.writeString(
            dir.resolve("ged-illustrative.csv"),
            "id,date_start,date_end,type_of_violence,side_a,side_b,adm_1,latitude,longitude,"
                + "where_coordinates,low,best,high\n"
                + "1,2007-01-10,2007-01-10,3,IS,Civilians,North,0.5,0.5,x,4,4,4\n"
                + "2,2007-01-15,2007-01-15,1,Government,IS,North,0.5,0.5,x,6,6,6\n"
                + "3,2007-02-01,2007-02-01,3,IS,Civilians,South,0.5,-0.5,x,2,2,2\n"
                + "4,2007-03-05,2007-03-05,2,Clan A,Clan B,South,0.5,-0.5,x,8,8,8\n");
    assertThat(run("import", "--theater", "t", "regions", regions.toString()).exit()).isZero();
    assertThat(run("import", "--theater", "t", "ucdp-ged", ged.toString()).exit()).isZero();
  }

  private Run run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = db.toString();
    return CommandLineTest.run(all);
  }

  @Test
  void describeCountsOnlyTheMatchingEventsAndSaysWhichInItsProvenance() throws IOException {
    Run r = run("describe", ONE_SIDED, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    // North 4, 0, 0; South 0, 2, 0: covered months without a one-sided event are 0, not missing
    assertThat(root.at("/overall/values").asInt()).isEqualTo(6);
    assertThat(root.at("/overall/no_data").asInt()).isEqualTo(0);
    assertThat(root.at("/overall/quantiles/max").asDouble()).isEqualTo(4.0);
    assertThat(root.at("/overall/mean").asDouble()).isEqualTo(1.0);
    assertThat(root.at("/regions/1/mean").asDouble()).isEqualTo(2.0 / 3);
    assertThat(root.at("/provenance/notes/event filters").asText())
        .startsWith(ONE_SIDED + ": fatalities, best estimate per region per month")
        .contains("only events where event_type is \"one-sided\"");
    Run table = run("describe", "events[event_type not in (\"one-sided\")]");
    assertThat(table.out())
        .containsPattern("North +3 +0 +0 ")
        .contains("Event filters: events[event_type != \"one-sided\"]: incidents per region");
  }

  @Test
  void theSidesCanBeFilteredOnToo() throws IOException {
    Run r =
        run(
            "describe",
            "national_events[side_a == \"IS\" and side_b == \"Civilians\"]",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    // national: 1 in January, 1 in February, 0 in March, the same in both regions
    assertThat(root.at("/regions/0/mean").asDouble()).isEqualTo(2.0 / 3);
  }

  @Test
  void aMisspeltValueOrAttributeExitsTwoWithSuggestions() {
    Run value = run("describe", "deaths_best[event_type == \"one sided\"]");
    assertThat(value.exit()).isEqualTo(2);
    assertThat(value.err())
        .startsWith(
            "handover: no event has event_type \"one sided\" at column 27 (did you mean"
                + " \"one-sided\"?)");
    Run attribute = run("describe", "events[violence == \"3\"]");
    assertThat(attribute.exit()).isEqualTo(2);
    assertThat(attribute.err())
        .startsWith(
            "handover: unknown event attribute 'violence' at column 8 (event attributes are"
                + " event_type, location, side_a, side_b, source)");
  }

  @Test
  void aBenchmarkSetsIndicatorsCanFilterAndItsAssessmentShowsTheFilter() throws IOException {
    Path set =
        Files.writeString(
            dir.resolve("set.yaml"),
            """
            benchmark_set: filtered
            version: "1"
            indicators:
              - name: one_sided_deaths
                expression: 'deaths_best[event_type == "one-sided"]'
                unit: deaths per month
                description: Deaths in one-sided violence (UCDP type 3).
            stages:
              - id: A
              - id: B
                requires: [calm]
            conditions:
              - id: calm
                benchmarks:
                  - id: few_one_sided
                    indicator: one_sided_deaths
                    comparison: "<="
                    threshold: 1
                    justification: illustrative
            """);
    Run d = run("describe", "one_sided_deaths", "--benchmarks", set.toString(), "--format", "json");
    assertThat(d.exit()).as(d.err()).isZero();
    assertThat(new ObjectMapper().readTree(d.out()).at("/overall/quantiles/max").asDouble())
        .isEqualTo(4.0);
    Run a = run("assess", "--as-of", "2007-02", "--benchmarks", set.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out())
        .contains("Event filters: " + ONE_SIDED + ": fatalities, best estimate per region");
    Run json =
        run("assess", "--as-of", "2007-02", "--benchmarks", set.toString(), "--format", "json");
    assertThat(
            new ObjectMapper().readTree(json.out()).at("/provenance/notes/event filters").asText())
        .startsWith(ONE_SIDED);
  }
}
