package org.handover.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.handover.engine.benchmark.Benchmark;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Combination;
import org.handover.engine.benchmark.Comparison;
import org.handover.engine.benchmark.Condition;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.benchmark.Window;
import org.handover.engine.panel.Panel;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;

/**
 * A synthetic but realistic report model: the 18 regions of the real GeoJSON boundaries, four
 * years of invented indicator series (declining violence, growing police, stepwise governance)
 * whose crossings are spread over the months around the as-of month, and a small four-stage
 * benchmark set, judged by the engine's own Assessor.
 */
final class ReportFixture {
  static final Path GEOJSON = locate("data/iraq/geo/iraq-governorates.geojson");
  static final YearMonth AS_OF = YearMonth.of(2007, 5);
  static final MonthRange MONTHS = MonthRange.parse("2005-01", "2008-12");
  static final Instant GENERATED = Instant.parse("2025-01-15T10:30:00Z");

  private ReportFixture() {}

  static String geoJson() {
    try {
      return Files.readString(GEOJSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> regionNames() {
    try {
      List<String> names = new ArrayList<>();
      Json.MAPPER.readTree(geoJson()).path("features").forEach(f -> names.add(f.path("properties").path("name").asText()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BenchmarkSet benchmarkSet() {
    Benchmark lowViolence = new Benchmark("low_violence", "deaths_per_100k", Comparison.LESS_OR_EQUAL, 2.0,
        Window.of(3, Window.Aggregate.MEAN), 2, 1, "deaths per 100k, 3-month mean", "a level most cities reach");
    Benchmark noSpikes = new Benchmark("no_spikes", "deaths_per_100k", Comparison.LESS_OR_EQUAL, 6.0,
        Window.of(6, Window.Aggregate.MAX), 1, 1, "worst month of the last six", "no mass-casualty month");
    Benchmark police = Benchmark.of("police_strength", "police_per_1000", Comparison.GREATER_OR_EQUAL, 3.0);
    Benchmark governance = Benchmark.of("governance", "governance_score", Comparison.GREATER_OR_EQUAL, 0.6)
        .heldFor(3);
    List<Condition> conditions = List.of(
        new Condition("threat", "Threat", Combination.allOf(), List.of(lowViolence, noSpikes), "violence is low"),
        new Condition("readiness", "Local force readiness", new Combination.KOfN(1), List.of(police), ""),
        new Condition("governance", "Governance", Combination.allOf(), List.of(governance), ""));
    List<Stage> stages = List.of(
        new Stage("FOREIGN_LEAD", "foreign forces lead", List.of()),
        new Stage("JOINT", "local forces alongside", List.of("threat")),
        new Stage("LOCAL_LEAD", "local forces lead", List.of("threat", "readiness")),
        new Stage("LOCAL_CONTROL", "local civil control", List.of("threat", "readiness", "governance")));
    List<IndicatorDefinition> indicators = List.of(
        new IndicatorDefinition("police_per_1000", "1000 * police / population", "police per 1000 residents", "per 1000"));
    return new BenchmarkSet("fixture-set", "1.2", "synthetic set for report tests", indicators, conditions, stages,
        "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12");
  }

  static Panel panel(boolean illustrativePolice) {
    List<Region> regions = regionNames().stream().map(Region::named).toList();
    Theater theater = Theater.of("Testland", regions, List.of());
    int n = theater.size();
    int t = MONTHS.length();
    double[][] deaths = new double[n][t];
    double[][] police = new double[n][t];
    double[][] policeRaw = new double[n][t];
    double[][] governance = new double[n][t];
    double[] population = new double[n];
    for (int r = 0; r < n; r++) {
      population[r] = 500_000 + 100_000 * r;
      // region r's violence falls below 2 around month 19 + 2r: crossings straddle the as-of month (29)
      double cross = 19 + 2 * r;
      for (int m = 0; m < t; m++) {
        deaths[r][m] = 2.0 * Math.exp(-(m - cross) / 10.0) * (1 + 0.15 * Math.sin(m + r));
        // police build up slowly in the later regions, which therefore wait at JOINT
        police[r][m] = 1.0 + 3.0 * m / (30.0 + 5 * r);
        policeRaw[r][m] = police[r][m] * population[r] / 1000;
        governance[r][m] = m >= 20 + 3 * (r % 5) ? 0.7 : 0.4;
      }
    }
    // a relapse: region 1 has a violent spring in the as-of year and falls back
    for (int m = 27; m < 30; m++) {
      deaths[1][m] = 9.0;
    }
    // gaps: one region has no violence data for three months (NaN = no data)
    for (int m = 10; m < 13; m++) {
      deaths[2][m] = Double.NaN;
    }
    Panel p = Panel.empty(theater, MONTHS)
        .with(Variable.real("deaths_per_100k", VariableKind.INDICATOR, "deaths per 100,000 residents (IBC)"), deaths)
        .with(Variable.real("governance_score", VariableKind.MEASUREMENT, "provincial governance score"), governance)
        .withAttribute(Variable.real("population", VariableKind.ATTRIBUTE, "residents, 2010 estimate"), population);
    if (illustrativePolice) {
      p = p.with(Variable.illustrative("police", VariableKind.MEASUREMENT,
              "national police strength split by population share"), policeRaw)
          .with(Variable.illustrative("police_per_1000", VariableKind.INDICATOR, ""), police);
    } else {
      p = p.with(Variable.real("police", VariableKind.MEASUREMENT, "police strength by province"), policeRaw)
          .with(Variable.real("police_per_1000", VariableKind.INDICATOR, ""), police);
    }
    return p;
  }

  static Provenance provenance() {
    return Provenance.of(List.of(
            new InputRef("data/iraq/geo/iraq-governorates.geojson", sha256(GEOJSON), "boundaries"),
            new InputRef("synthetic-indicators.csv", "0f".repeat(32), "indicators")))
        .withNote("events", "multi-day incidents apportioned evenly by day");
  }

  static ReportModel model(boolean illustrativePolice) {
    return ReportModel.assess(panel(illustrativePolice), benchmarkSet(), AS_OF, geoJson(), provenance(), GENERATED);
  }

  private static String sha256(Path p) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Finds a repository file from the module directory (where Maven runs tests) or the repository root. */
  private static Path locate(String relative) {
    for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
      Path p = base.resolve(relative);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
