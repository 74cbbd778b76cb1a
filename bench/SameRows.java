import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether two tables (Parquet files or folders of parts, or CSV) hold the same rows in the same
 * order: DuckDB numbers each table's rows in file order and counts the numbered rows of each that
 * the other lacks (EXCEPT ALL both ways). Exit 0 when they are equal, 1 when not.
 *
 * <p>{@code java -cp "app/target/lib/*" bench/SameRows.java A B}
 */
public final class SameRows {
  public static void main(String[] args) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET preserve_insertion_order = true");
      s.execute("CREATE VIEW a AS SELECT row_number() OVER () AS row_in_file, * FROM " + read(args[0]));
      s.execute("CREATE VIEW b AS SELECT row_number() OVER () AS row_in_file, * FROM " + read(args[1]));
      long rowsA = count(s, "SELECT count(*) FROM a");
      long rowsB = count(s, "SELECT count(*) FROM b");
      long onlyA = count(s, "SELECT count(*) FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM b)");
      long onlyB = count(s, "SELECT count(*) FROM (SELECT * FROM b EXCEPT ALL SELECT * FROM a)");
      System.out.printf(
          "%s: %d rows%n%s: %d rows%nrows of the first not in the second: %d; of the second not in the first: %d%n",
          args[0], rowsA, args[1], rowsB, onlyA, onlyB);
      System.exit(onlyA == 0 && onlyB == 0 && rowsA == rowsB ? 0 : 1);
    }
  }

  private static String read(String path) {
    String quoted = "'" + path.replace("'", "''") + "'";
    if (path.endsWith(".csv")) {
      return "read_csv(" + quoted + ", header = true)";
    }
    return path.endsWith(".parquet") && new java.io.File(path).isDirectory()
        ? "read_parquet('" + path.replace("'", "''") + "/*.parquet')"
        : "read_parquet(" + quoted + ")";
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
