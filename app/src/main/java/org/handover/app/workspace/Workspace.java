package org.handover.app.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.handover.engine.assessment.Assessor;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.Recommendations;
import org.handover.engine.indicator.IndicatorCalculator;
import org.handover.engine.panel.Panel;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.Theater;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.export.Standings;
import org.handover.io.panel.LoadedPanel;
import org.handover.io.panel.PanelLoader;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;

/**
 * A theater's data, loaded from the store and evaluated against a benchmark set: the panel with
 * indicator columns, its one {@link Evaluation} against the set, and the provenance every result
 * built from it carries. Every data command works on one: it is what "the theater, as judged by
 * this benchmark set" means at the command line. Built once per command by {@link #load}; immutable
 * afterwards.
 */
public final class Workspace {
  private final String theater;
  private final BenchmarkSet set;
  private final LoadedPanel loaded;
  private final Panel panel;
  private final Ledger ledger;
  private final List<InputRef> ledgerSources;
  private Evaluation evaluation;

  private Workspace(
      String theater,
      BenchmarkSet set,
      LoadedPanel loaded,
      Panel panel,
      Ledger ledger,
      List<InputRef> ledgerSources) {
    this.theater = theater;
    this.set = set;
    this.loaded = loaded;
    this.panel = panel;
    this.ledger = ledger;
    this.ledgerSources = ledgerSources;
  }

  public static Workspace load(Store store, String theater, Path benchmarkSetFile) {
    BenchmarkSet set = BenchmarkSetReader.read(benchmarkSetFile);
    // only the filtered event series the set's indicators read are loaded: each costs a query
    LoadedPanel loaded =
        PanelLoader.load(
            store, theater, Optional.empty(), IndicatorCalculator.filteredSeries(set.indicators()));
    Panel panel = IndicatorCalculator.compute(loaded.panel(), set.indicators());
    TheaterReader reader = new TheaterReader(store);
    Ledger ledger = reader.ledger(theater);
    return new Workspace(
        theater, set, loaded, panel, ledger, ledgerSources(reader, theater, ledger));
  }

  /**
   * The committed imports the ledger's entries came from, as inputs (role {@code decisions}) with
   * their SHA-256: the data's provenance leaves them out, and only results that show the status
   * name them.
   */
  private static List<InputRef> ledgerSources(TheaterReader reader, String theater, Ledger ledger) {
    Map<String, String> origins = reader.decisionOrigins(theater);
    Set<String> imports =
        ledger.entries().stream()
            .map(e -> origins.getOrDefault(e.id(), ""))
            .filter(o -> o.startsWith("import "))
            .map(o -> o.substring("import ".length()))
            .collect(Collectors.toSet());
    return reader.imports().stream()
        .filter(
            i ->
                i.theater().equals(theater)
                    && "committed".equals(i.status())
                    && imports.contains(Long.toString(i.importId())))
        .map(i -> new InputRef(i.fileName(), i.sha256(), "decisions"))
        .toList();
  }

  public String theaterName() {
    return theater;
  }

  public Theater theater() {
    return panel.theater();
  }

  public BenchmarkSet benchmarkSet() {
    return set;
  }

  /** Base variables plus every indicator of the benchmark set. */
  public Panel panel() {
    return panel;
  }

  public LoadedPanel loaded() {
    return loaded;
  }

  /**
   * Provenance of the data (inputs, illustrative variables, method notes); the evaluation adds the
   * set.
   */
  public Provenance provenance() {
    return loaded.provenance();
  }

  /**
   * The panel judged against the benchmark set, evaluated once, on first use (commands that only
   * forecast never pay for it): every assessment, history and stage change a command shows comes
   * from it.
   */
  public synchronized Evaluation evaluation() {
    if (evaluation == null) {
      evaluation = Assessor.of(set).evaluate(panel, provenance());
    }
    return evaluation;
  }

  /**
   * The real decisions recorded for the theater: what was decided, as against what is recommended.
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Each region's recommendation relative to its decided status where there is one, else to its own
   * track.
   */
  public Recommendations recommendations() {
    return evaluation().recommendations(ledger);
  }

  /**
   * Each region's conditions met, recommendation and decided status, month by month, for outputs
   * that show them.
   */
  public Standings standings() {
    return Standings.of(evaluation(), recommendations(), ledger, ledgerSources);
  }

  public List<String> stageIds() {
    return set.stages().stream().map(s -> s.id()).toList();
  }
}
