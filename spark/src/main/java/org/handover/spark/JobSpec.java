package org.handover.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.decision.DecisionKind;
import org.handover.engine.decision.Ledger;
import org.handover.engine.decision.LedgerEntry;
import org.handover.engine.panel.EventAttributes;
import org.handover.engine.panel.Variable;
import org.handover.engine.panel.VariableKind;
import org.handover.engine.theater.Neighbour;
import org.handover.engine.theater.Region;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;
import org.handover.engine.time.MonthRange;
import org.handover.io.config.BenchmarkSetReader;

/**
 * Everything an executor needs besides its cells, broadcast once: the theater's regions and
 * neighbours (metadata, not data), the panel's axis and variables with the value each starts from,
 * the national series (a value per month), the event attributes filters are checked against, the
 * benchmark set's files and the decided entries of the ledger. Plain values only, so it serialises
 * without the engine's types; the engine's objects are rebuilt from it on each executor.
 */
final class JobSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A variable and what it holds before the cells are laid in (events: 0 where covered). */
  record Series(String name, String kind, boolean illustrative, String description, double[] values)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Series of(Variable v, double[] values) {
      return new Series(v.name(), v.kind().name(), v.illustrative(), v.description(), values);
    }

    Variable variable() {
      return new Variable(name, VariableKind.valueOf(kind), illustrative, description);
    }
  }

  /** An effective whole- or part-region entry of the decision ledger. */
  record Decided(
      String id, String region, String part, String fromStage, String toStage, LocalDate effective)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    LedgerEntry entry() {
      LedgerEntry e =
          LedgerEntry.of(id, DecisionKind.REAL, RegionId.of(region), toStage, effective);
      e = part == null ? e : e.withPart(part);
      return fromStage == null ? e : e.withFromStage(fromStage);
    }
  }

  final String theater;
  final String[] regions;
  final String[] parents;
  final String[] codes;
  final double[] population;

  /** The regions' areas in km², or null when the tables hold no boundaries. */
  final double[] area;

  final int[] neighbourA;
  final int[] neighbourB;
  final double[] borderKm;
  final String first;
  final String last;
  final List<Series> regional;
  final List<Series> national;

  /** The variables' names, regional and national, in the order the store's loader adds them. */
  final List<String> order;

  /**
   * The panel's event attributes, each with its values sorted (null: not read), or null when the
   * panel has none (its indicators read no filtered series).
   */
  final TreeMap<String, ArrayList<String>> eventAttributes;

  final Map<String, byte[]> setFiles;
  final String setFile;
  final List<Decided> decided;

  JobSpec(
      Theater theater,
      double[] area,
      MonthRange months,
      List<Series> regional,
      List<Series> national,
      List<String> order,
      Optional<EventAttributes> eventAttributes,
      Path setFile,
      List<Decided> decided) {
    this.theater = theater.name();
    int n = theater.size();
    regions = new String[n];
    parents = new String[n];
    codes = new String[n];
    population = new double[n];
    for (int i = 0; i < n; i++) {
      Region r = theater.regions().get(i);
      regions[i] = r.name();
      parents[i] = r.parent().map(RegionId::name).orElse(null);
      codes[i] = r.code().orElse(null);
      population[i] = r.population();
    }
    this.area = area;
    List<Neighbour> nb = theater.neighbours();
    neighbourA = new int[nb.size()];
    neighbourB = new int[nb.size()];
    borderKm = new double[nb.size()];
    for (int i = 0; i < nb.size(); i++) {
      neighbourA[i] = theater.indexOf(nb.get(i).a());
      neighbourB[i] = theater.indexOf(nb.get(i).b());
      borderKm[i] = nb.get(i).sharedBorderKm();
    }
    first = months.first().toString();
    last = months.last().toString();
    this.regional = List.copyOf(regional);
    this.national = List.copyOf(national);
    this.order = List.copyOf(order);
    this.eventAttributes = eventAttributes.map(JobSpec::plain).orElse(null);
    this.setFiles = setFiles(setFile);
    this.setFile = setFile.getFileName().toString();
    this.decided = List.copyOf(decided);
  }

  /**
   * The benchmark set's file and the YAML files beside it (the indicators it includes): the set is
   * read from the same bytes on every executor, so its hash is the driver's.
   */
  private static Map<String, byte[]> setFiles(Path setFile) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    Path dir = setFile.toAbsolutePath().getParent();
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p)
            && (name.endsWith(".yaml") || name.endsWith(".yml"))
            && Files.size(p) <= 1 << 20) {
          out.put(name, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new ScaleException("cannot read the benchmark set's folder " + dir + ": " + e, e);
    }
    return out;
  }

  private static TreeMap<String, ArrayList<String>> plain(EventAttributes attributes) {
    TreeMap<String, ArrayList<String>> out = new TreeMap<>();
    for (String name : attributes.names()) {
      out.put(name, attributes.values(name).map(ArrayList::new).orElse(null));
    }
    return out;
  }

  /** The panel's event attributes, as the driver's panel has them. */
  Optional<EventAttributes> eventAttributes() {
    if (eventAttributes == null) {
      return Optional.empty();
    }
    Map<String, Optional<? extends Set<String>>> values = new TreeMap<>();
    eventAttributes.forEach(
        (name, v) -> values.put(name, Optional.ofNullable(v).map(TreeSet::new)));
    return Optional.of(EventAttributes.of(values));
  }

  MonthRange months() {
    return MonthRange.of(YearMonth.parse(first), YearMonth.parse(last));
  }

  /** The regions {@code members} (indices, ascending) as a theater of their own. */
  Theater theater(int[] members) {
    List<Region> rs = new ArrayList<>();
    Map<Integer, RegionId> ids = new LinkedHashMap<>();
    for (int i : members) {
      RegionId id = RegionId.of(regions[i]);
      ids.put(i, id);
      rs.add(
          new Region(
              id,
              Optional.ofNullable(parents[i]).map(RegionId::of),
              population[i],
              Optional.ofNullable(codes[i])));
    }
    List<Neighbour> nb = new ArrayList<>();
    for (int k = 0; k < neighbourA.length; k++) {
      RegionId a = ids.get(neighbourA[k]);
      RegionId b = ids.get(neighbourB[k]);
      if (a != null && b != null) {
        nb.add(new Neighbour(a, b, borderKm[k]));
      }
    }
    return Theater.of(theater, rs, nb);
  }

  /** The decided entries of the regions of {@code t}. */
  Ledger ledger(Theater t) {
    return Ledger.of(
        DecisionKind.REAL,
        decided.stream()
            .filter(d -> t.find(RegionId.of(d.region())).isPresent())
            .map(Decided::entry)
            .toList());
  }

  private transient BenchmarkSet set;

  /** The benchmark set, read once per JVM from the shipped files. */
  synchronized BenchmarkSet benchmarkSet() {
    if (set == null) {
      try {
        Path dir = Files.createTempDirectory("handover-set");
        for (Map.Entry<String, byte[]> f : setFiles.entrySet()) {
          Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        set = BenchmarkSetReader.read(dir.resolve(setFile));
        for (String f : setFiles.keySet()) {
          Files.deleteIfExists(dir.resolve(f));
        }
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return set;
  }
}
