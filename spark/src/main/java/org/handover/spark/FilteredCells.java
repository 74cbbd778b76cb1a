package org.handover.spark;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.handover.engine.benchmark.IndicatorDefinition;
import org.handover.engine.indicator.EventFilter;
import org.handover.engine.indicator.Expression;
import org.handover.engine.indicator.Expression.Filtered;
import org.handover.io.panel.FilteredSeriesPlan;

/**
 * The filtered event series ({@code deaths_best[event_type == "one-sided"]}) in Spark SQL, planned
 * by the store's loader's own {@link FilteredSeriesPlan}: for each group of series the plan makes
 * (a filter, applied to all sources or one source's series), the events matching the filter are cut
 * into months and summed exactly as the unfiltered series are ({@link PanelSource#pieces}, {@link
 * PanelSource#exactSum}), per region and for the whole theater. Each series is 0 in the months
 * covered by a source the filter admits and NaN elsewhere; its name, description, place in the
 * panel and provenance note are the plan's, and the panel's event attributes hold the values of the
 * attributes the filters name, as the loader reads them.
 */
final class FilteredCells {
  private FilteredCells() {}

  /**
   * Refuses, before any work, a set whose indicators filter on an event attribute the events table
   * has no column for: {@code handover export} leaves out {@code side_a} and {@code side_b} when no
   * event names a side.
   *
   * @throws ScaleException naming the indicator, the attribute and the events file
   */
  static void checkColumns(List<IndicatorDefinition> indicators, Tables.Read tables, Path set) {
    for (IndicatorDefinition d : indicators) {
      for (Filtered f : Expression.parse(d.expression()).filteredSeries()) {
        for (EventFilter.Condition k : f.filter().conditions()) {
          String column = FilteredSeriesPlan.ATTRIBUTES.get(k.attribute());
          if (column != null && !tables.has("events", column)) {
            throw new ScaleException(
                "benchmark set "
                    + set
                    + ": indicator "
                    + d.name()
                    + " reads "
                    + f.key()
                    + ", which filters on "
                    + k.attribute()
                    + ", but "
                    + tables.files().get("events")
                    + " has no column "
                    + column
                    + " (handover export leaves side_a and side_b out when no event names a side):"
                    + " no event of this theater has any "
                    + k.attribute()
                    + "; docs/importing-events.md says what each format stores");
          }
        }
      }
    }
  }

  /**
   * The cells of the filtered series {@code filtered} ({@code (region, variable, m, value)}, the
   * national series with a null region), empty when there are none. Adds their variables to {@code
   * source} in the order the loader adds them, with their coverage, and sets its event attributes
   * and filter notes.
   */
  static Optional<Dataset<Row>> cells(PanelSource source, Collection<Filtered> filtered) {
    if (filtered.isEmpty()) {
      return Optional.empty();
    }
    SparkSession spark = source.spark();
    Map<String, Set<YearMonth>> bySource = new TreeMap<>(source.coverage);
    bySource.remove("");
    FilteredSeriesPlan plan = FilteredSeriesPlan.of(filtered, bySource);
    Map<String, Set<String>> values = new TreeMap<>();
    for (String a : plan.attributesToRead()) {
      values.put(a, values(spark, source, a));
    }
    source.eventAttributes = plan.eventAttributes(values::get);
    source.filterNotes.putAll(plan.notes());

    Dataset<Row> out = null;
    for (FilteredSeriesPlan.Group g : plan.groups()) {
      // one pass over the group's sums gives all its series: (variable, national, value) each
      List<Column> series = new ArrayList<>();
      for (FilteredSeriesPlan.Series s : g.series()) {
        String name = s.variable().name();
        if (s.national()) {
          source.national.put(s.variable(), null);
        } else {
          source.regional.add(s.variable());
        }
        source.order.add(name);
        source.covered.put(name, g.covered());
        series.add(
            functions.struct(
                functions.lit(name).as("variable"),
                functions.lit(s.national()).as("national"),
                functions.col(s.measure()).as("value")));
      }
      Dataset<Row> cells =
          spark
              .sql(aggregate(source, g))
              .select(
                  functions.col("region"),
                  functions.col("m"),
                  functions.explode(functions.array(series.toArray(new Column[0]))).as("s"))
              .filter(functions.col("s.national").equalTo(functions.col("region").isNull()))
              .select(
                  functions.col("region"),
                  functions.col("s.variable").as("variable"),
                  functions.col("m"),
                  functions.col("s.value").as("value"));
      out = out == null ? cells : out.unionByName(cells);
    }
    return Optional.ofNullable(out);
  }

  /**
   * The sums of the group's events per region and month and per month for the whole theater (region
   * null): events in regions the theater does not have count in the latter only.
   */
  private static String aggregate(PanelSource source, FilteredSeriesPlan.Group g) {
    StringBuilder where = new StringBuilder();
    if (g.source() != null) {
      where.append(" AND e.source = ").append(PanelSource.lit(g.source()));
    }
    for (EventFilter.Condition k : g.filter().conditions()) {
      String column = "e." + FilteredSeriesPlan.ATTRIBUTES.get(k.attribute());
      String list =
          k.values().stream().map(PanelSource::lit).collect(Collectors.joining(", ", "(", ")"));
      where.append(
          k.negated()
              ? " AND (" + column + " IS NULL OR " + column + " NOT IN " + list + ")"
              : " AND " + column + " IN " + list);
    }
    return source.pieces(where.toString())
        + """
        ,
        agg AS (
          SELECT grouping(region) AS all_regions, region, %1$s AS m,
                 %2$s AS events, %3$s AS deaths_low, %4$s AS deaths_best, %5$s AS deaths_high
          FROM pieces
          WHERE %6$s
          GROUP BY GROUPING SETS ((region, month), (month))
        )
        SELECT CASE WHEN a.all_regions = 1 THEN NULL ELSE a.region END AS region, a.m,
               a.events, a.deaths_low, a.deaths_best, a.deaths_high
        FROM agg a LEFT JOIN (SELECT region FROM regions WHERE theater = %7$s) x ON x.region = a.region
        WHERE a.all_regions = 1 OR x.region IS NOT NULL"""
            .formatted(
                source.offset("month"),
                PanelSource.exactSum("w"),
                PanelSource.exactSum("w * deaths_low"),
                PanelSource.exactSum("w * deaths_best"),
                PanelSource.exactSum("w * deaths_high"),
                source.between("month"),
                PanelSource.lit(source.theater()));
  }

  /**
   * The values {@code attribute} takes among the theater's committed events, with what the loader
   * adds (see {@link FilteredSeriesPlan#values}).
   */
  private static Set<String> values(SparkSession spark, PanelSource source, String attribute) {
    String column = FilteredSeriesPlan.ATTRIBUTES.get(attribute);
    String theater = PanelSource.lit(source.theater());
    Set<String> stored = new TreeSet<>();
    for (Row r :
        spark
            .sql(
                """
                SELECT DISTINCT e.%1$s FROM events e
                JOIN imports i ON i.import_id = e.import_id AND i.status = 'committed'
                WHERE e.theater = %2$s AND e.%1$s IS NOT NULL"""
                    .formatted(column, theater))
            .collectAsList()) {
      stored.add(r.getString(0));
    }
    boolean ucdp =
        attribute.equals("event_type")
            && spark
                    .sql(
                        "SELECT count(*) FROM imports WHERE theater = "
                            + theater
                            + " AND kind = "
                            + PanelSource.lit(FilteredSeriesPlan.UCDP_GED_KIND)
                            + " AND status = 'committed'")
                    .first()
                    .getLong(0)
                > 0;
    return FilteredSeriesPlan.values(attribute, stored, ucdp);
  }
}
