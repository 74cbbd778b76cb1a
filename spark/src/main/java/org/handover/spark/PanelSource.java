package org.handover.spark;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.engine.panel.EventAttributes;
import org.handover.engine.panel.Variable;
import org.handover.engine.provenance.InputRef;
import org.handover.engine.time.MonthRange;
import org.handover.io.panel.PanelLoader;
import org.handover.io.panel.PanelVocabulary;

/**
 * The theater's region-month panel in Spark SQL, by the rules of the store's panel loader: events
 * of committed imports apportioned over the months they cover evenly by day, summed exactly
 * (fixed-point with 18 decimals, so the order of addition does not matter), 0 in months an event
 * import covers and NaN elsewhere; national totals counting every incident of the theater, events
 * in regions the theater does not have counted there only; the filtered event series the indicators
 * read ({@link FilteredCells}); measurements summed over nations and roles with their nation and
 * role breakdowns; the same variables, notes, warnings and inputs.
 *
 * <p>What is small stays on the driver (the coverage, the variable catalogue, the national series:
 * a value per month); the region-month cells stay a {@link Dataset}: {@code (region, variable, m,
 * value)} with {@code m} the month's offset on the panel's axis and a null value for no data.
 */
final class PanelSource {
  /** Terms at or above this magnitude are summed in double precision (as the store's loader). */
  private static final String EXACT_LIMIT = "1e9";

  private final SparkSession spark;
  private final String theater;

  /** Each source's covered months; all sources together under the key "". */
  final Map<String, Set<YearMonth>> coverage;

  final MonthRange months;
  final List<String> warnings = new ArrayList<>();

  /**
   * Variables per region (events, filtered events, measurements), in the order the store's loader
   * adds them.
   */
  final List<Variable> regional = new ArrayList<>();

  /** For each event variable, the months where it is 0 without events (the rest is NaN). */
  final Map<String, Set<YearMonth>> covered = new LinkedHashMap<>();

  /**
   * Every variable's name, regional and national, in the order the store's loader adds them to the
   * panel (the order a panel's provenance lists its inputs in).
   */
  final List<String> order = new ArrayList<>();

  /** National variables with their values per month. */
  final Map<Variable, double[]> national = new LinkedHashMap<>();

  /**
   * What the event series can be filtered on, as the store's loader sets it: empty unless the
   * indicators read filtered series.
   */
  Optional<EventAttributes> eventAttributes = Optional.empty();

  /** The provenance notes of the filtered series. */
  final Map<String, String> filterNotes = new LinkedHashMap<>();

  PanelSource(SparkSession spark, String theater) {
    this.spark = spark;
    this.theater = theater;
    register(spark);
    this.coverage = coverage();
    this.months = span();
  }

  /** {@code text} as a Spark SQL string literal. */
  static String lit(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private String eventKinds() {
    return PanelVocabulary.NON_EVENT_KINDS.stream()
        .map(PanelSource::lit)
        .collect(Collectors.joining(", "));
  }

  private Map<String, Set<YearMonth>> coverage() {
    List<Row> rows =
        spark
            .sql(
                """
                WITH per AS (
                  SELECT import_id, source, min(start_date) AS f, max(greatest(end_date, start_date)) AS l
                  FROM events WHERE theater = %1$s GROUP BY import_id, source
                )
                SELECT i.import_id,
                       coalesce(i.coverage_first, trunc(min(per.f), 'MM')),
                       coalesce(i.coverage_last, trunc(max(per.l), 'MM')),
                       sort_array(collect_set(per.source))
                FROM imports i LEFT JOIN per ON per.import_id = i.import_id
                WHERE i.theater = %1$s AND i.status = 'committed' AND i.kind NOT IN (%2$s)
                GROUP BY i.import_id, i.coverage_first, i.coverage_last
                ORDER BY i.import_id"""
                    .formatted(lit(theater), eventKinds()))
            .collectAsList();
    Map<String, Set<YearMonth>> out = new TreeMap<>();
    out.put("", new TreeSet<>());
    for (Row r : rows) {
      if (r.isNullAt(1) || r.isNullAt(2)) {
        continue;
      }
      List<YearMonth> covered = new ArrayList<>();
      for (YearMonth m = month(r.getDate(1));
          !m.isAfter(month(r.getDate(2)));
          m = m.plusMonths(1)) {
        covered.add(m);
      }
      out.get("").addAll(covered);
      for (Object s : r.getList(3)) {
        out.computeIfAbsent((String) s, k -> new TreeSet<>()).addAll(covered);
      }
    }
    return out;
  }

  private static YearMonth month(java.sql.Date d) {
    return YearMonth.from(d.toLocalDate());
  }

  /** The sources with events, sorted. */
  List<String> sources() {
    return coverage.keySet().stream().filter(s -> !s.isEmpty()).toList();
  }

  private MonthRange span() {
    Row e =
        spark
            .sql(
                """
                SELECT min(e.start_date), max(greatest(e.end_date, e.start_date))
                FROM events e JOIN imports i ON i.import_id = e.import_id AND i.status = 'committed'
                WHERE e.theater = %s"""
                    .formatted(lit(theater)))
            .first();
    MonthRange span =
        e.isNullAt(0) ? null : MonthRange.of(month(e.getDate(0)), month(e.getDate(1)));
    Set<YearMonth> all = coverage.get("");
    if (!all.isEmpty()) {
      List<YearMonth> covered = new ArrayList<>(all);
      MonthRange cov = MonthRange.of(covered.get(0), covered.get(covered.size() - 1));
      span = span == null ? cov : span.span(cov);
    }
    Row m =
        spark
            .sql("SELECT min(month), max(month) FROM measurements WHERE theater = " + lit(theater))
            .first();
    if (!m.isNullAt(0)) {
      MonthRange r = MonthRange.of(month(m.getDate(0)), month(m.getDate(1)));
      span = span == null ? r : span.span(r);
    }
    if (span == null) {
      throw new ScaleException(
          "theater " + theater + " has no events and no measurements in the tables");
    }
    return span;
  }

  SparkSession spark() {
    return spark;
  }

  String theater() {
    return theater;
  }

  /** A month's offset on the panel's axis, in SQL, of a first-of-month date column. */
  String offset(String column) {
    YearMonth first = months.first();
    return "CAST((year(%1$s) - %2$d) * 12 + month(%1$s) - %3$d AS INT)"
        .formatted(column, first.getYear(), first.getMonthValue());
  }

  /** Whether a first-of-month date column is on the panel's axis, in SQL. */
  String between(String column) {
    return "%s BETWEEN DATE'%s' AND DATE'%s'"
        .formatted(column, months.first().atDay(1), months.last().atDay(1));
  }

  /** The SQL function that makes a term fixed-point as DuckDB does (see {@link #register}). */
  static final String FIXED = "handover_fixed18";

  /**
   * Registers {@link #FIXED}: a double as DECIMAL(38, 18) the way DuckDB casts it, rint(x * 1e18)
   * computed in double precision and taken exactly, where Spark's own cast rounds the shortest
   * decimal form of x instead; the sums differ in the last bit otherwise.
   */
  static void register(SparkSession spark) {
    spark
        .udf()
        .register(
            FIXED,
            (UDF1<Double, BigDecimal>)
                x -> x == null ? null : new BigDecimal(Math.rint(x * 1e18)).movePointLeft(18),
            DataTypes.createDecimalType(38, 18));
  }

  /** The store's order-free sum (see the store's panel loader), in Spark SQL. */
  static String exactSum(String expression) {
    String x = "(" + expression + ")";
    String exact =
        "CAST(sum(%3$s(CASE WHEN abs(%1$s) < %2$s THEN %1$s END)) AS DOUBLE)"
            .formatted(x, EXACT_LIMIT, FIXED);
    String large =
        ("aggregate(array_sort(collect_list(CASE WHEN NOT (abs(%1$s) < %2$s) THEN CAST(%1$s AS"
                + " DOUBLE) END)), CAST(NULL AS DOUBLE), (acc, y) -> coalesce(acc, 0D) + y)")
            .formatted(x, EXACT_LIMIT);
    return "coalesce(" + exact + " + " + large + ", " + exact + ", " + large + ")";
  }

  /**
   * Each committed event of the theater cut into the months it covers with weight {@code w} (the
   * share of its days in the month), as the store's loader cuts them: the CTEs {@code ev} and
   * {@code pieces}, to be followed by {@code , name AS (...)} and a query.
   *
   * @param conditions more conditions on the events ({@code e.}), e.g. a filter's, as SQL starting
   *     with {@code AND}; spliced as is, never formatted
   */
  String pieces(String conditions) {
    return """
        WITH ev AS (
          SELECT e.source, e.region, e.start_date AS s, greatest(e.end_date, e.start_date) AS t,
                 e.deaths_low, e.deaths_best, e.deaths_high
          FROM events e JOIN imports i ON i.import_id = e.import_id AND i.status = 'committed'
          WHERE e.theater = {events}
        ),
        pieces AS (
          SELECT source, region, trunc(s, 'MM') AS month, 1.0D AS w, deaths_low, deaths_best, deaths_high
          FROM ev WHERE trunc(s, 'MM') = trunc(t, 'MM')
          UNION ALL
          SELECT source, region, month,
                 (datediff(least(t, last_day(month)), greatest(s, month)) + 1) / (datediff(t, s) + 1.0D) AS w,
                 deaths_low, deaths_best, deaths_high
          FROM (SELECT *, explode(sequence(trunc(s, 'MM'), trunc(t, 'MM'), INTERVAL 1 MONTH)) AS month
                FROM ev WHERE trunc(s, 'MM') <> trunc(t, 'MM'))
        )"""
        .replace("{events}", lit(theater) + conditions);
  }

  /**
   * The event cells per region (and, collected to the driver, the national series): {@code (region,
   * variable, m, value)}.
   */
  Dataset<Row> eventCells() {
    List<String> sources = sources();
    boolean perSource = sources.size() > 1;
    for (String source : perSource ? prepend(null, sources) : prepend(null, List.of())) {
      for (String measure : PanelVocabulary.EVENT_MEASURES) {
        Variable v = PanelVocabulary.event(measure, source, false);
        regional.add(v);
        order.add(v.name());
        covered.put(v.name(), coverage.get(source == null ? "" : source));
      }
      for (String measure : PanelVocabulary.EVENT_MEASURES) {
        Variable v = PanelVocabulary.event(measure, source, true);
        national.put(v, null);
        order.add(v.name());
        covered.put(v.name(), coverage.get(source == null ? "" : source));
      }
    }
    StringBuilder prefix = new StringBuilder("CASE WHEN grouping(source) = 1 THEN ''");
    for (String s : sources) {
      prefix
          .append(" WHEN source = ")
          .append(lit(s))
          .append(" THEN ")
          .append(lit(PanelVocabulary.sourcePrefix(s)));
    }
    prefix.append(" END");
    String sql =
        pieces("")
            + """
        ,
        agg AS (
          SELECT %2$s AS prefix, grouping(region) AS all_regions, region, %3$s AS m,
                 %4$s AS events, %5$s AS deaths_low, %6$s AS deaths_best, %7$s AS deaths_high
          FROM pieces
          WHERE %8$s
          GROUP BY GROUPING SETS ((region, month), (month)%9$s)
        )
        SELECT CASE WHEN a.all_regions = 1 THEN NULL ELSE a.region END AS region, a.prefix, a.m,
               a.events, a.deaths_low, a.deaths_best, a.deaths_high
        FROM agg a LEFT JOIN (SELECT region FROM regions WHERE theater = %1$s) x ON x.region = a.region
        WHERE a.all_regions = 1 OR x.region IS NOT NULL"""
                .formatted(
                    lit(theater),
                    perSource ? prefix : "''",
                    offset("month"),
                    exactSum("w"),
                    exactSum("w * deaths_low"),
                    exactSum("w * deaths_best"),
                    exactSum("w * deaths_high"),
                    between("month"),
                    perSource ? ", (source, region, month), (source, month)" : "");
    Dataset<Row> agg = spark.sql(sql);
    agg.createOrReplaceTempView("event_agg");
    Dataset<Row> cells =
        spark.sql(
            """
            SELECT region, concat(prefix, CASE WHEN region IS NULL THEN 'national_' ELSE '' END, measure) AS variable,
                   m, value
            FROM event_agg LATERAL VIEW stack(4, 'events', events, 'deaths_low', deaths_low,
                 'deaths_best', deaths_best, 'deaths_high', deaths_high) s AS measure, value""");
    List<String> strangers = strangers("events");
    if (!strangers.isEmpty()) {
      warnings.add(PanelVocabulary.eventStrangers(theater, strangers));
    }
    return cells;
  }

  /** The regions {@code table} names that the theater does not have, sorted. */
  private List<String> strangers(String table) {
    return spark
        .sql(
            """
            SELECT DISTINCT t.region FROM %2$s t WHERE t.theater = %1$s AND t.region IS NOT NULL
            AND t.region NOT IN (SELECT region FROM regions WHERE theater = %1$s) ORDER BY 1"""
                .formatted(lit(theater), table))
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .toList();
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  /** The measurement cells per region (and, collected to the driver, the national series). */
  Dataset<Row> measurementCells() {
    // The catalogue: every variable the stored measurements give, whatever the months.
    List<Row> catalogue =
        spark
            .sql(
                """
                SELECT m.measure, m.region IS NULL, m.nation, m.role, bool_or(m.illustrative),
                       sort_array(collect_set(i.file_name))
                FROM measurements m LEFT JOIN imports i ON i.import_id = m.import_id
                WHERE m.theater = %s
                GROUP BY m.measure, m.region IS NULL, m.nation, m.role"""
                    .formatted(lit(theater)))
            .collectAsList();
    record Key(String measure, boolean national, String breakdown, String part) {
      String name() {
        return (national ? "national_" : "")
            + measure
            + (breakdown.isEmpty() ? "" : "." + breakdown + "." + part);
      }
    }
    Map<String, Key> keys = new TreeMap<>();
    Map<String, Boolean> illustrative = new TreeMap<>();
    Map<String, Set<String>> files = new TreeMap<>();
    for (Row r : catalogue) {
      String measure = r.getString(0);
      boolean nat = r.getBoolean(1);
      boolean ill = !r.isNullAt(4) && r.getBoolean(4);
      List<String> f = r.getList(5);
      List<Key> ks = new ArrayList<>();
      ks.add(new Key(measure, nat, PanelVocabulary.TOTAL, ""));
      if (!r.isNullAt(2)) {
        ks.add(new Key(measure, nat, PanelVocabulary.NATION, r.getString(2)));
      }
      if (!r.isNullAt(3)) {
        ks.add(new Key(measure, nat, PanelVocabulary.ROLE, r.getString(3)));
      }
      for (Key k : ks) {
        keys.putIfAbsent(k.name(), k);
        illustrative.merge(k.name(), ill, Boolean::logicalOr);
        files.computeIfAbsent(k.name(), x -> new TreeSet<>()).addAll(f);
      }
    }
    Map<String, Set<String>> reserved = new TreeMap<>();
    keys.values()
        .removeIf(
            k -> {
              if (!PanelLoader.RESERVED_NAMES.contains(k.measure())) {
                return false;
              }
              reserved
                  .computeIfAbsent(k.measure(), x -> new TreeSet<>())
                  .addAll(files.get(k.name()));
              return true;
            });
    reserved.forEach(
        (measure, f) -> warnings.add(PanelVocabulary.reservedMeasurement(theater, measure, f)));
    for (Key k : keys.values()) {
      Variable v =
          PanelVocabulary.measurement(
              k.measure(),
              k.national(),
              k.breakdown(),
              k.part(),
              illustrative.get(k.name()),
              files.get(k.name()));
      if (k.national()) {
        national.put(v, null);
        order.add(v.name());
      } else {
        regional.add(v);
        order.add(v.name());
      }
    }
    String notReserved =
        reserved.isEmpty()
            ? ""
            : reserved.keySet().stream()
                .map(PanelSource::lit)
                .collect(Collectors.joining(", ", " AND m.measure NOT IN (", ")"));
    spark
        .sql(
            """
            SELECT m.measure, m.region, %1$s AS m, m.nation, m.role, m.value
            FROM measurements m LEFT JOIN (SELECT region FROM regions WHERE theater = %2$s) x
              ON x.region = m.region
            WHERE m.theater = %2$s AND %3$s AND (m.region IS NULL OR x.region IS NOT NULL)%4$s"""
                .formatted(offset("m.month"), lit(theater), between("m.month"), notReserved))
        .createOrReplaceTempView("measurement_base");
    String nat = "CASE WHEN region IS NULL THEN 'national_' ELSE '' END";
    Dataset<Row> cells =
        spark.sql(
            """
            SELECT region, concat(%1$s, measure) AS variable, m, %2$s AS value
            FROM measurement_base GROUP BY measure, region, m
            UNION ALL
            SELECT region, concat(%1$s, measure, '.nation.', nation), m, %2$s
            FROM measurement_base WHERE nation IS NOT NULL GROUP BY measure, nation, region, m
            UNION ALL
            SELECT region, concat(%1$s, measure, '.role.', role), m, %2$s
            FROM measurement_base WHERE role IS NOT NULL GROUP BY measure, role, region, m"""
                .formatted(nat, exactSum("value")));
    List<String> strangers = strangers("measurements");
    if (!strangers.isEmpty()) {
      warnings.add(PanelVocabulary.measurementStrangers(theater, strangers));
    }
    return cells;
  }

  /**
   * Fills {@link #national} from the national rows of {@code cells} (a value per month and
   * variable: small) and returns the regional rows.
   */
  Dataset<Row> splitNational(Dataset<Row> cells) {
    Map<String, Variable> byName = new LinkedHashMap<>();
    for (Variable v : national.keySet()) {
      byName.put(v.name(), v);
      national.put(v, initial(v.name()));
    }
    for (Row r : cells.filter("region IS NULL").collectAsList()) {
      Variable v = byName.get(r.getString(1));
      if (v != null) {
        national.get(v)[r.getInt(2)] = r.isNullAt(3) ? Double.NaN : r.getDouble(3);
      }
    }
    return cells.filter("region IS NOT NULL");
  }

  /** A series before its values: an event series 0 in covered months, anything else NaN. */
  double[] initial(String name) {
    double[] out = new double[months.length()];
    Set<YearMonth> zero = covered.getOrDefault(name, Set.of());
    for (int i = 0; i < out.length; i++) {
      out[i] = zero.contains(months.monthAt(i)) ? 0.0 : Double.NaN;
    }
    return out;
  }

  /** The panel's method notes, worded as the store's loader words them. */
  Map<String, String> notes() {
    return PanelLoader.notes(coverage.get(""), sources(), filterNotes, warnings);
  }

  /**
   * The files behind the panel: imports whose rows are in the tables, plus the latest population
   * import of each file (as the store's loader names them).
   */
  List<InputRef> inputs() {
    String sql =
        """
        WITH used AS (
          SELECT import_id FROM regions WHERE theater = %1$s
          UNION SELECT import_id FROM region_aliases WHERE theater = %1$s
          UNION SELECT import_id FROM neighbours WHERE theater = %1$s
          UNION SELECT import_id FROM events WHERE theater = %1$s
          UNION SELECT import_id FROM measurements WHERE theater = %1$s
          UNION SELECT max(import_id) FROM imports WHERE theater = %1$s AND kind = 'population' AND status = 'committed' GROUP BY file_name
          UNION SELECT import_id FROM imports WHERE theater = %1$s AND kind NOT IN (%2$s)
        )
        SELECT DISTINCT kind, file_name, sha256 FROM imports
        WHERE theater = %1$s AND status = 'committed' AND import_id IN (SELECT import_id FROM used)
        ORDER BY kind, file_name, sha256"""
            .formatted(lit(theater), eventKinds());
    return spark.sql(sql).collectAsList().stream()
        .map(r -> new InputRef(r.getString(1), r.getString(2), r.getString(0)))
        .toList();
  }

  /**
   * The region-month cells of every regional variable (events, the filtered event series {@code
   * filtered}, measurements), in the order the store's loader adds them.
   */
  Dataset<Row> cells(Collection<Filtered> filtered) {
    Dataset<Row> all = eventCells();
    Optional<Dataset<Row>> selected = FilteredCells.cells(this, filtered);
    if (selected.isPresent()) {
      all = all.unionByName(selected.get());
    }
    return splitNational(all.unionByName(measurementCells()));
  }
}
