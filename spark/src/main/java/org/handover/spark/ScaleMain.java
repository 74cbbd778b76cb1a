package org.handover.spark;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.AnalysisException;
import org.handover.engine.HandoverException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The main class of the job jar and of {@code handover scale}: user errors (a bad option, a missing
 * table, column or file, bad values) exit 2 with one message, anything else is a bug and exits 70
 * with its stack trace, as every Handover command.
 */
public final class ScaleMain {
  private ScaleMain() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ScaleCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(YearMonth.class, ScaleMain::month);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          Throwable user = userError(e);
          if (user != null) {
            err.println("handover scale: " + user.getMessage());
            if (System.getenv("HANDOVER_DEBUG") != null) {
              e.printStackTrace(err);
            }
            err.flush();
            return 2;
          }
          err.println("handover scale: a bug in Handover; please report it with this trace:");
          e.printStackTrace(err);
          err.flush();
          return 70;
        });
    return cli.execute(args);
  }

  /** A month option, refused in the user's terms. */
  private static YearMonth month(String value) {
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a month: write YYYY-MM, e.g. 2007-06");
    }
  }

  /**
   * The user's error behind {@code e}, if it is one: a {@link HandoverException} (also when Spark
   * wraps one thrown on an executor), or Spark's refusal of an input path or file it cannot read.
   */
  private static Throwable userError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HandoverException || t instanceof AnalysisException) {
        return t;
      }
    }
    return null;
  }
}
