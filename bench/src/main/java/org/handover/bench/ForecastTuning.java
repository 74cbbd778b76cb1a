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
import org.handover.engine.forecast.History;
import org.handover.engine.forecast.Parallelism;
import org.handover.engine.forecast.SamplePaths;
import org.handover.engine.forecast.evaluation.Backtest;
import org.handover.engine.forecast.evaluation.BacktestOptions;
import org.handover.engine.forecast.evaluation.BacktestResult;
import org.handover.engine.forecast.evaluation.Baselines;
import org.handover.engine.forecast.evaluation.HorizonScore;
import org.handover.engine.forecast.evaluation.RegionScore;
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
 * org.handover.bench.ForecastTuning [paths] [round 1|2|3]}. Results are recorded in
 * docs/forecast-model.md (rounds 1 and 2) and bench/RESULTS.md (round 3, the bounds on the tails).
 */
public final class ForecastTuning {
  private ForecastTuning() {}

  public static void main(String[] args) {
    int paths = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int round = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Panel panel = load().reindex(MonthRange.parse("2004-01", "2011-12"));
    NegativeBinomialOptions std = NegativeBinomialOptions.standard();
    if (round == 3) {
      tails(panel, roundThree(std), paths);
      return;
    }
    Map<String, NegativeBinomialOptions> variants = round == 1 ? roundOne(std) : roundTwo(std);
    run(panel, variants, paths);
  }

  /** Quiet governorates: mostly months without a death (Dohuk: two deaths in eight years). */
  private static final List<String> QUIET = List.of("Dohuk", "Erbil", "Sulaymaniyah", "Muthanna");

  /**
   * Round three: the bounds on simulated paths, each alone and together, around the shipped
   * standard (draws capped at 10 x (1 + the region's largest month), drawn months fed back as at
   * most 1 + it), plus a harder shrinkage of the region dispersion towards the pooled value.
   */
  private static Map<String, NegativeBinomialOptions> roundThree(NegativeBinomialOptions std) {
    double off = Double.POSITIVE_INFINITY;
    Map<String, NegativeBinomialOptions> variants = new LinkedHashMap<>();
    variants.put("no bounds", std.withPathBounds(off, off));
    variants.put("cap 10 only", std.withPathBounds(10, off));
    variants.put("cap 3 only", std.withPathBounds(3, off));
    variants.put("feedback 2 only", std.withPathBounds(off, 2));
    variants.put("feedback 1 only", std.withPathBounds(off, 1));
    variants.put("feedback 1, cap 3", std.withPathBounds(3, 1));
    variants.put("feedback 1, cap 5", std.withPathBounds(5, 1));
    variants.put("feedback 1, cap 10 (standard)", std);
    variants.put("standard, dispersion precision 4", std.withRegionDispersion(4));
    return variants;
  }

  /**
   * The backtest of each variant, overall and in the quiet governorates, with the error of the mean
   * beside the CRPS; and the tails themselves: forecasts from January and July of 2005-2011, 12
   * months, 1,000 paths, the largest draw against 1 + the region's largest month before the origin.
   */
  private static void tails(Panel panel, Map<String, NegativeBinomialOptions> variants, int paths) {
    List<String> required = Baselines.standard().stream().map(ForecastModel::name).toList();
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
            "%-34s %6s %6s %6s %6s %6s %6s | %6s %6s %6s %6s | %8s %6s",
            "variant",
            "skill",
            "CRPS",
            "CRPS6",
            "MAEmn",
            "bias",
            "pit80",
            "qCRPS",
            "qMAEmn",
            "qbias",
            "qpit80",
            "maxdraw",
            ">10x"));
    for (Map.Entry<String, NegativeBinomialOptions> v : variants.entrySet()) {
      NegativeBinomialModel model = NegativeBinomialModel.of(v.getValue());
      BacktestResult r =
          Backtest.of(model, Baselines.standard(), options).run(panel, "deaths_best");
      List<HorizonScore> m =
          r.scores().stream().filter(s -> s.model().equals(NegativeBinomialModel.NAME)).toList();
      List<RegionScore> quiet =
          r.regionScores().stream()
              .filter(s -> s.model().equals(NegativeBinomialModel.NAME))
              .filter(s -> QUIET.contains(s.region().name()))
              .toList();
      double[] tail = tail(panel, model);
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-34s %6.3f %6.2f %6.2f %6.2f %6.2f %6.3f | %6.3f %6.2f %6.2f %6.3f | %8.0f %6.0f",
              v.getKey(),
              r.skillAgainst(required).meanReduction(),
              m.stream().mapToDouble(HorizonScore::crps).average().orElseThrow(),
              m.get(m.size() - 1).crps(),
              m.stream().mapToDouble(HorizonScore::maeMean).average().orElseThrow(),
              m.stream().mapToDouble(HorizonScore::biasMean).average().orElseThrow(),
              m.stream().mapToDouble(HorizonScore::pitCoverage80).average().orElseThrow(),
              quiet.stream().mapToDouble(RegionScore::crps).average().orElseThrow(),
              quiet.stream().mapToDouble(RegionScore::maeMean).average().orElseThrow(),
              quiet.stream().mapToDouble(RegionScore::biasMean).average().orElseThrow(),
              quiet.stream().mapToDouble(RegionScore::pitCoverage80).average().orElseThrow(),
              tail[0],
              tail[1]));
    }
  }

  /**
   * The largest draw over 14 forecasts (every region and month), as a multiple of 1 + the region's
   * largest month before the origin; and the share (per mille) of region-months with a draw above
   * 10 times that.
   */
  private static double[] tail(Panel panel, NegativeBinomialModel model) {
    double worst = 0;
    int above = 0;
    int cells = 0;
    for (int year = 2005; year <= 2011; year++) {
      for (int month : new int[] {1, 7}) {
        History h = History.before(panel, "deaths_best", YearMonth.of(year, month));
        SamplePaths p = model.fit(h).simulate(h, 12, 1000, 42);
        for (int r = 0; r < h.regionCount(); r++) {
          double largest = 0;
          for (double x : h.values()[r]) {
            largest = Math.max(largest, Double.isNaN(x) ? 0 : x);
          }
          for (int s = 0; s < 12; s++) {
            double top = 0;
            for (double x : p.samples(r, s)) {
              top = Math.max(top, x);
            }
            worst = Math.max(worst, top / (1 + largest));
            above += top > 10 * (1 + largest) ? 1 : 0;
            cells++;
          }
        }
      }
    }
    return new double[] {worst, 1000.0 * above / cells};
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
