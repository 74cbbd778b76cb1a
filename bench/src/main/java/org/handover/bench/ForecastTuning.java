package org.handover.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handover.app.workspace.Workspace;
import org.handover.engine.forecast.ForecastModel;
import org.handover.engine.forecast.Parallelism;
import org.handover.engine.forecast.evaluation.Backtest;
import org.handover.engine.forecast.evaluation.BacktestOptions;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.forecast.evaluation.Baselines;
import org.handover.engine.forecast.evaluation.HorizonScore;
import org.handover.engine.forecast.nb.DispersionTerm;
import org.handover.engine.forecast.nb.MeanTerm;
import org.handover.engine.forecast.nb.NegativeBinomialModel;
import org.handover.engine.forecast.nb.NegativeBinomialOptions;
import org.handover.engine.panel.Panel;
import org.handover.engine.time.MonthRange;
import org.handover.io.manifest.ManifestLoader;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.store.Store;

/**
 * The ablation study behind {@link NegativeBinomialOptions#standard()}: the required IBC backtest
 * (governorate-months 2004-2011, origins 2005-01..2011-12, horizons 1-6) of each variant. The data
 * are the built-in manifest's, imported into an in-memory store as {@code handover backtest} reads
 * them. Run from the repository folder with the bench classpath: {@code java ...
 * org.handover.bench.ForecastTuning [paths] [round 1|2]}. Results are recorded in
 * docs/forecast-model.md.
 */
public final class ForecastTuning {
  private ForecastTuning() {}

  public static void main(String[] args) {
    int paths = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int round = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Panel panel = load().reindex(MonthRange.parse("2004-01", "2011-12"));
    NegativeBinomialOptions std = NegativeBinomialOptions.standard();
    Map<String, NegativeBinomialOptions> variants = round == 1 ? roundOne(std) : roundTwo(std);
    run(panel, variants, paths);
  }

  /** The built-in data, imported as the command line imports them. */
  private static Panel load() {
    try (Store store = Store.inMemory()) {
      TheaterManifest manifest = TheaterManifest.read(Path.of("data/iraq/theater.yaml"));
      ManifestLoader.load(store, manifest, report -> {});
      return Workspace.load(store, manifest.theater(), manifest.benchmarkSet().orElseThrow())
          .panel();
    }
  }

  /**
   * Round two: around the best of round one, region offsets alone in the dispersion (the shipped
   * standard).
   */
  private static Map<String, NegativeBinomialOptions> roundTwo(NegativeBinomialOptions std) {
    NegativeBinomialOptions a =
        std.withDispersionTerms(EnumSet.noneOf(DispersionTerm.class)).withRegionDispersion(1);
    Map<String, NegativeBinomialOptions> variants = new LinkedHashMap<>();
    variants.put("A: offsets only (precision 1)", a);
    variants.put("A, precision 0.25", a.withRegionDispersion(0.25));
    variants.put("A, precision 4", a.withRegionDispersion(4));
    variants.put("A, unweighted", a.withHalfLife(Double.POSITIVE_INFINITY));
    variants.put("A, half-life 48", a.withHalfLife(48));
    variants.put("A, half-life 12", a.withHalfLife(12));
    variants.put("A, no neighbours", a.withMeanTerms(without(a, MeanTerm.NEIGHBOURS)));
    variants.put("A, no national", a.withMeanTerms(without(a, MeanTerm.NATIONAL)));
    variants.put("A, no zero flag", a.withMeanTerms(without(a, MeanTerm.ZERO)));
    return variants;
  }

  /**
   * Round one: each term of the first specification (dispersion with level, volatility and region
   * offsets) taken out, or added, in turn.
   */
  private static Map<String, NegativeBinomialOptions> roundOne(NegativeBinomialOptions standard) {
    NegativeBinomialOptions std =
        standard
            .withDispersionTerms(EnumSet.of(DispersionTerm.LEVEL, DispersionTerm.VOLATILITY))
            .withRegionDispersion(1);
    Map<String, NegativeBinomialOptions> variants = new LinkedHashMap<>();
    variants.put("first specification", std);
    variants.put("no region dispersion offsets", std.withRegionDispersion(0));
    variants.put(
        "no volatility in dispersion", std.withDispersionTerms(EnumSet.of(DispersionTerm.LEVEL)));
    variants.put(
        "no level in dispersion", std.withDispersionTerms(EnumSet.of(DispersionTerm.VOLATILITY)));
    variants.put(
        "constant dispersion (+offsets)",
        std.withDispersionTerms(EnumSet.noneOf(DispersionTerm.class)));
    variants.put(
        "constant dispersion, no offsets",
        std.withDispersionTerms(EnumSet.noneOf(DispersionTerm.class)).withRegionDispersion(0));
    variants.put("no neighbours", std.withMeanTerms(without(std, MeanTerm.NEIGHBOURS)));
    variants.put("no national", std.withMeanTerms(without(std, MeanTerm.NATIONAL)));
    variants.put("no zero flag", std.withMeanTerms(without(std, MeanTerm.ZERO)));
    variants.put("no 3-month mean", std.withMeanTerms(without(std, MeanTerm.MEAN3)));
    EnumSet<MeanTerm> with12 = EnumSet.copyOf(std.meanTerms());
    with12.add(MeanTerm.MEAN12);
    variants.put("plus 12-month mean", std.withMeanTerms(with12));
    variants.put("unweighted (no half-life)", std.withHalfLife(Double.POSITIVE_INFINITY));
    variants.put("half-life 12 months", std.withHalfLife(12));
    variants.put("half-life 48 months", std.withHalfLife(48));
    variants.put(
        "AR(1) NB2: lag 1, constant dispersion",
        std.withMeanTerms(EnumSet.of(MeanTerm.LAG1))
            .withDispersionTerms(EnumSet.noneOf(DispersionTerm.class))
            .withRegionDispersion(0)
            .withHalfLife(Double.POSITIVE_INFINITY));
    return variants;
  }

  private static void run(Panel panel, Map<String, NegativeBinomialOptions> variants, int paths) {
    List<String> required = Baselines.standard().stream().map(ForecastModel::name).toList();
    List<ForecastModel> baselines = new ArrayList<>(Baselines.standard());
    baselines.add(Baselines.empirical(12));
    BacktestOptions options =
        new BacktestOptions(
            YearMonth.of(2005, 1),
            YearMonth.of(2011, 12),
            6,
            paths,
            20240601L,
            Parallelism.defaultThreads());
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-40s %9s %9s %8s %8s %8s %8s",
            "variant",
            "skill",
            "skill+emp",
            "CRPS",
            "MAElog",
            "cov80",
            "pit80"));
    for (Map.Entry<String, NegativeBinomialOptions> v : variants.entrySet()) {
      BacktestResult r =
          Backtest.of(NegativeBinomialModel.of(v.getValue()), baselines, options)
              .run(panel, "deaths_best");
      List<HorizonScore> m =
          r.scores().stream().filter(s -> s.model().equals(NegativeBinomialModel.NAME)).toList();
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-40s %9.3f %9.3f %8.2f %8.3f %8.3f %8.3f",
              v.getKey(),
              r.skillAgainst(required).meanReduction(),
              r.skill().meanReduction(),
              m.stream().mapToDouble(HorizonScore::crps).average().orElseThrow(),
              m.stream().mapToDouble(HorizonScore::maeLog1p).average().orElseThrow(),
              m.stream().mapToDouble(HorizonScore::coverage80).average().orElseThrow(),
              m.stream().mapToDouble(HorizonScore::pitCoverage80).average().orElseThrow()));
    }
  }

  private static EnumSet<MeanTerm> without(NegativeBinomialOptions o, MeanTerm t) {
    EnumSet<MeanTerm> s = EnumSet.copyOf(o.meanTerms());
    s.remove(t);
    return s;
  }
}
