package org.handover.app.cli;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the import records (every import leaves one, committed or failed) and their rejections. */
@Command(name = "imports", mixinStandardHelpOptions = true, description = "List past imports, or the rows one of them rejected.")
final class ImportsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--rejections", paramLabel = "IMPORT_ID", description = "Show every row this import rejected.")
  Long rejections;

  @Override
  public Integer call() throws SQLException {
    var out = spec.commandLine().getOut();
    try (Store s = store.open(spec.commandLine().getErr())) {
      if (rejections != null) {
        try (PreparedStatement ps = s.connection().prepareStatement(
            "SELECT i.file_name, r.line, r.field, r.value, r.reason FROM rejections r JOIN imports i USING (import_id) "
                + "WHERE import_id = ? ORDER BY r.line, r.field")) {
          ps.setLong(1, rejections);
          try (ResultSet rs = ps.executeQuery()) {
            int n = 0;
            while (rs.next()) {
              n++;
              out.printf("%s:%d: field '%s' = \"%s\": %s%n", rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                  rs.getString(5));
            }
            out.println(n + " rejected rows in import " + rejections);
          }
        }
        return 0;
      }
      out.printf("%4s %-9s %-13s %-48s %-9s %9s %9s %8s %9s  %s%n", "id", "theater", "kind", "file", "status", "read",
          "imported", "rejected", "no region", "sha256");
      try (PreparedStatement ps = s.connection().prepareStatement(
          "SELECT import_id, theater, kind, file_name, status, rows_read, rows_imported, rows_rejected, rows_unassigned, sha256 "
              + "FROM imports ORDER BY import_id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.printf("%4d %-9s %-13s %-48s %-9s %9d %9d %8d %9d  %s%n", rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
              rs.getString(10).substring(0, 12));
        }
      }
    }
    return 0;
  }
}
