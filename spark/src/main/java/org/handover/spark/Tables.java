package org.handover.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The canonical tables as {@code handover export} writes them ({@code <table>.parquet}, else {@code
 * <table>.csv}), from a local folder or any Hadoop-compatible URI, each registered as a temporary
 * view of the same name with its columns typed as in the store. A missing table, a missing column
 * or (in CSV) a value of the wrong type is a user error naming the file and the column.
 */
final class Tables {
  /** Each table the job reads, with the columns it needs and their SQL types. */
  static final Map<String, Map<String, String>> COLUMNS = columns();

  /**
   * Columns that may be absent: an export without {@code --geometry} has no geometry, one whose
   * events name no side has no {@code side_a} and {@code side_b}; the events' other attributes are
   * read only by filtered series ({@code deaths_best[event_type == "one-sided"]}).
   */
  private static final Set<String> OPTIONAL =
      Set.of(
          "regions.geometry",
          "events.event_type",
          "events.location",
          "events.side_a",
          "events.side_b");

  /**
   * What was read.
   *
   * @param files the file each table was read from, by table
   * @param absent the optional columns the files lack, as {@code table.column}
   */
  record Read(Map<String, String> files, Set<String> absent) {
    Read {
      files = Map.copyOf(files);
      absent = Set.copyOf(absent);
    }

    /** Whether {@code table} has {@code column} (every required column is there). */
    boolean has(String table, String column) {
      return !absent.contains(table + "." + column);
    }
  }

  private Tables() {}

  private static Map<String, Map<String, String>> columns() {
    Map<String, Map<String, String>> t = new LinkedHashMap<>();
    t.put(
        "imports",
        typed(
            "import_id BIGINT, theater STRING, kind STRING, file_name STRING, sha256 STRING,"
                + " status STRING, coverage_first DATE, coverage_last DATE"));
    t.put(
        "regions",
        typed(
            "theater STRING, region STRING, parent STRING, code STRING, population DOUBLE,"
                + " geometry STRING, import_id BIGINT"));
    t.put("region_aliases", typed("theater STRING, alias STRING, region STRING, import_id BIGINT"));
    t.put(
        "neighbours",
        typed(
            "theater STRING, region_a STRING, region_b STRING, shared_border_km DOUBLE,"
                + " import_id BIGINT"));
    t.put(
        "events",
        typed(
            "theater STRING, source STRING, start_date DATE, end_date DATE, region STRING,"
                + " deaths_low DOUBLE, deaths_best DOUBLE, deaths_high DOUBLE, import_id BIGINT,"
                + " location STRING, event_type STRING, side_a STRING, side_b STRING"));
    t.put(
        "measurements",
        typed(
            "theater STRING, measure STRING, region STRING, month DATE, value DOUBLE,"
                + " nation STRING, role STRING, illustrative BOOLEAN, import_id BIGINT"));
    t.put(
        "decisions",
        typed(
            "theater STRING, id STRING, kind STRING, region STRING, part STRING,"
                + " from_stage STRING, to_stage STRING, announced DATE, effective DATE,"
                + " decided_by STRING, agreed_by STRING, source STRING, note STRING,"
                + " basis_set STRING, basis_version STRING, basis_sha256 STRING, basis_as_of DATE,"
                + " supersedes STRING, origin STRING"));
    return t;
  }

  private static Map<String, String> typed(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : spec.split(",")) {
      String[] p = c.strip().split(" ");
      out.put(p[0], p[1]);
    }
    return out;
  }

  /**
   * Registers every table of {@link #COLUMNS} found in {@code folder} as a view.
   *
   * @return the file each table was read from and the optional columns they lack
   * @throws ScaleException when a table, a column or a value is missing or malformed
   */
  static Read register(SparkSession spark, String folder) {
    Path dir = new Path(folder);
    FileSystem fs;
    try {
      fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(dir)) {
        throw new ScaleException(
            "no folder " + folder + ": give the folder handover export wrote (--tables DIR)");
      }
    } catch (IOException e) {
      throw new ScaleException("cannot read " + folder + ": " + e.getMessage(), e);
    }
    Map<String, String> files = new LinkedHashMap<>();
    Set<String> absent = new TreeSet<>();
    for (Map.Entry<String, Map<String, String>> t : COLUMNS.entrySet()) {
      String name = t.getKey();
      Path parquet = new Path(dir, name + ".parquet");
      Path csv = new Path(dir, name + ".csv");
      Dataset<Row> raw;
      String file;
      boolean text;
      try {
        if (fs.exists(parquet)) {
          file = parquet.toString();
          raw = spark.read().parquet(file);
          text = false;
        } else if (fs.exists(csv)) {
          file = csv.toString();
          raw = spark.read().option("header", "true").option("multiLine", "true").csv(file);
          text = true;
        } else {
          throw new ScaleException(
              "no table "
                  + name
                  + " in "
                  + folder
                  + " (neither "
                  + name
                  + ".parquet nor "
                  + name
                  + ".csv): give the folder handover export wrote");
        }
      } catch (IOException e) {
        throw new ScaleException("cannot read " + folder + ": " + e.getMessage(), e);
      }
      files.put(name, file);
      typedView(raw, name, file, t.getValue(), text, absent).createOrReplaceTempView(name);
    }
    return new Read(files, absent);
  }

  /**
   * {@code raw} with the columns of {@code types}, cast; an absent optional column is null and
   * added to {@code absent}.
   */
  private static Dataset<Row> typedView(
      Dataset<Row> raw,
      String table,
      String file,
      Map<String, String> types,
      boolean text,
      Set<String> absent) {
    Set<String> present = Set.of(raw.columns());
    List<Column> columns = new ArrayList<>();
    List<Column> bad = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, String> c : types.entrySet()) {
      String column = c.getKey();
      String type = c.getValue();
      if (!present.contains(column)) {
        if (OPTIONAL.contains(table + "." + column)) {
          absent.add(table + "." + column);
          columns.add(functions.lit(null).cast(type).as(column));
          continue;
        }
        throw new ScaleException(
            file
                + " has no column "
                + column
                + " (columns: "
                + String.join(", ", raw.columns())
                + ")");
      }
      Column typed = functions.expr("try_cast(`" + column + "` AS " + type + ")");
      columns.add(typed.as(column));
      if (text && !type.equals("STRING")) {
        // A text cell that does not read as its type: counted here, named below.
        Column wrong = raw.col(column).isNotNull().and(typed.isNull());
        bad.add(functions.min(functions.when(wrong, raw.col(column))).as(column));
        checked.add(column);
      }
    }
    if (!bad.isEmpty()) {
      Row found = raw.agg(bad.get(0), bad.subList(1, bad.size()).toArray(new Column[0])).first();
      for (int i = 0; i < checked.size(); i++) {
        if (!found.isNullAt(i)) {
          throw new ScaleException(
              file
                  + ": column "
                  + checked.get(i)
                  + " holds '"
                  + found.get(i)
                  + "', which is not a "
                  + types.get(checked.get(i)).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return raw.select(columns.toArray(new Column[0]));
  }
}
