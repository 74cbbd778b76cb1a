package org.handover.io.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DuckDB's refusal to open a database another process holds, said plainly. One process may write a
 * database, or any number read it; DuckDB names the holder in its error ("Conflicting lock is held
 * in /usr/bin/java (PID 1234)").
 */
final class StoreLock {
  private static final Pattern HELD =
      Pattern.compile(
          "Could not set lock on file.*Conflicting lock is held in (.*?) \\(PID (\\d+)\\)");

  private StoreLock() {}

  /** The plain message, when {@code e} is DuckDB's lock conflict. */
  static Optional<StoreException> explain(Path file, boolean readOnly, SQLException e) {
    Matcher m = HELD.matcher(String.valueOf(e.getMessage()));
    if (file == null || !m.find()) {
      return Optional.empty();
    }
    String holder = "pid " + m.group(2) + ", " + m.group(1);
    String message =
        readOnly
            ? "the database "
                + file
                + " is being written by another process ("
                + holder
                + "; another Handover import, example or decide, or handover serve, which holds it"
                + " while it runs?): try again when it has finished"
            : "the database "
                + file
                + " is in use by another process ("
                + holder
                + "; another Handover command, or handover serve, which holds it while it runs?): it"
                + " can be written only while nothing else has it"
                + " open; try again when that has finished";
    return Optional.of(new StoreException(message, e));
  }
}
