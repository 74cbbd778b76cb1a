package org.handover.app.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.handover.app.output.AssessmentOutput;
import org.handover.app.output.HistoryOutput;
import org.handover.app.output.LedgerOutput;
import org.handover.app.output.OutputFormat;
import org.handover.app.workspace.Workspace;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.assessment.Evaluation;
import org.handover.engine.assessment.StageChange;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.engine.time.MonthRange;
import org.handover.io.export.Standings;
import org.handover.io.store.TheaterReader;

/**
 * The theater as loaded from the store and judged against its benchmark set, with the JSON of each
 * result made once and kept: a month's assessment, a region's history, the ledger. The server is
 * the only writer of the store while it runs, so a snapshot stays true until the server itself
 * changes the store (an import, a decision), which makes a new one; the cache of a snapshot is
 * therefore keyed, in effect, by the store's content, the benchmark set and the month.
 */
final class TheaterState {
  private final Workspace ws;
  private final Standings standings;
  private final RegionResolver resolver;
  private final Map<String, String> origins;
  private final Optional<YearMonth> fitFrom;
  private final Map<YearMonth, String> assessments = new ConcurrentHashMap<>();
  private final Map<YearMonth, byte[]> assessmentBytes = new ConcurrentHashMap<>();
  private final Map<String, String> histories = new ConcurrentHashMap<>();
  private volatile String ledger;

  /** The most recently asked region pages (a page is about 100 KB; 256 of them about 25 MB). */
  private final Map<String, byte[]> pages =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
              return size() > 256;
            }
          });

  private TheaterState(
      Workspace ws,
      Standings standings,
      RegionResolver resolver,
      Map<String, String> origins,
      Optional<YearMonth> fitFrom) {
    this.ws = ws;
    this.fitFrom = fitFrom;
    this.standings = standings;
    this.resolver = resolver;
    this.origins = origins;
  }

  static TheaterState load(SharedStore store, String theater, Path benchmarkSet) {
    return store.with(
        s -> {
          Workspace ws = Workspace.load(s, theater, benchmarkSet);
          TheaterReader reader = new TheaterReader(s);
          ws.evaluation();
          return new TheaterState(
              ws,
              ws.standings(),
              reader.resolver(theater),
              reader.decisionOrigins(theater),
              reader.forecastFitFrom(theater));
        });
  }

  Workspace workspace() {
    return ws;
  }

  /** The first month forecasts are fitted from, as the theater's manifest set it. */
  Optional<YearMonth> forecastFitFrom() {
    return fitFrom;
  }

  Standings standings() {
    return standings;
  }

  /**
   * {@code text} as a month of the data (YYYY-MM), or a 400 naming the parameter; null: the last.
   */
  YearMonth month(String parameter, String text) {
    MonthRange months = ws.panel().months();
    if (text == null || text.isEmpty()) {
      return months.last();
    }
    YearMonth m;
    try {
      m = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(parameter + " '" + text + "' is not a month (YYYY-MM)");
    }
    if (!months.contains(m)) {
      throw ApiError.badRequest(parameter + " " + m + " is outside the data (" + months + ")");
    }
    return m;
  }

  /** The region named {@code name} (aliases and spellings work), or a 404 with the closest. */
  RegionId region(String name) {
    return resolver
        .resolve(name)
        .orElseThrow(
            () ->
                ApiError.notFound(
                    "no region '"
                        + name
                        + "' in theater "
                        + ws.theaterName()
                        + "; closest: "
                        + String.join(", ", resolver.closest(name, 3))));
  }

  /** {@code handover assess --as-of MONTH --format json}, byte for byte. */
  String assessment(YearMonth month) {
    return assessments.computeIfAbsent(
        month,
        m ->
            text(
                w ->
                    AssessmentOutput.print(
                        OutputFormat.json,
                        ws.evaluation().assessment(m),
                        ws.stageIds(),
                        standings,
                        w)));
  }

  /** As {@link #assessment(YearMonth)}, in UTF-8, made once: the answer the API sends. */
  byte[] assessmentBytes(YearMonth month) {
    return assessmentBytes.computeIfAbsent(
        month, m -> assessment(m).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@code handover assess --as-of MONTH --region R --format json}. */
  String assessment(YearMonth month, RegionId region) {
    Assessment a = ws.evaluation().assessment(month);
    Assessment one =
        new Assessment(
            a.asOf(),
            a.regions().stream().filter(r -> r.region().equals(region)).toList(),
            a.provenance());
    return text(w -> AssessmentOutput.print(OutputFormat.json, one, ws.stageIds(), standings, w));
  }

  /**
   * A region's page data: its assessment as of {@code month}, its history and its decisions, each
   * the command line's JSON for the same thing, kept byte for byte.
   */
  byte[] regionPage(YearMonth month, RegionId region) {
    String key = month + "/" + region.name();
    byte[] page = pages.get(key);
    if (page == null) {
      String text =
          "{\"region\":"
              + com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(region.name())
              + ",\"as_of\":\""
              + month
              + "\",\"assessment\":"
              + assessment(month, region)
              + ",\"history\":"
              + history(region)
              + ",\"decisions\":"
              + ledger(List.of(region))
              + "}";
      page = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      pages.put(key, page);
    }
    return page;
  }

  /** {@code handover history --region R --format json}: every month of the data. */
  String history(RegionId region) {
    return histories.computeIfAbsent(
        region.name(),
        r -> {
          Evaluation ev = ws.evaluation();
          Map<RegionId, List<StageChange>> changes = new LinkedHashMap<>();
          changes.put(region, ev.stageChanges(region));
          return text(
              w ->
                  HistoryOutput.print(
                      OutputFormat.json,
                      List.of(region),
                      ev.history(),
                      changes,
                      standings,
                      ev.history().months(),
                      ws.provenance(),
                      w));
        });
  }

  /** {@code handover history --format json}: every region, every month. */
  String history() {
    return histories.computeIfAbsent(
        "",
        r -> {
          Evaluation ev = ws.evaluation();
          List<RegionId> ids = ws.theater().regions().stream().map(Region::id).toList();
          Map<RegionId, List<StageChange>> changes = new LinkedHashMap<>();
          ids.forEach(id -> changes.put(id, ev.stageChanges(id)));
          return text(
              w ->
                  HistoryOutput.print(
                      OutputFormat.json,
                      ids,
                      ev.history(),
                      changes,
                      standings,
                      ev.history().months(),
                      ws.provenance(),
                      w));
        });
  }

  /** {@code handover decisions --format json}, or of some regions only. */
  String ledger(List<RegionId> regions) {
    if (regions.isEmpty() && ledger != null) {
      return ledger;
    }
    Set<RegionId> keep = Set.copyOf(regions);
    List<LedgerEntry> entries = new ArrayList<>(ws.ledger().entries());
    if (!keep.isEmpty()) {
      entries.removeIf(e -> !keep.contains(e.region()));
    }
    String json =
        text(
            w ->
                LedgerOutput.print(
                    OutputFormat.json, ws.theaterName(), ws.ledger(), entries, origins, w));
    if (regions.isEmpty()) {
      ledger = json;
    }
    return json;
  }

  private static String text(Consumer<PrintWriter> body) {
    StringWriter s = new StringWriter();
    try (PrintWriter w = new PrintWriter(s)) {
      body.accept(w);
    }
    return s.toString();
  }
}
