package org.handover.app.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import org.handover.app.output.TerminalText;
import org.handover.engine.provenance.ProgramVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The root {@code handover} command: subcommands for each step of the data flow. */
@Command(
    name = "handover",
    mixinStandardHelpOptions = true,
    versionProvider = HandoverCommand.Version.class,
    description = "Conditions-based transfer of security responsibility, region by region.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":success",
      ExitCodes.USER_ERROR
          + ":a user error: a bad option, a missing file, bad data or configuration, or an import that "
          + "failed and imported nothing; the message says "
          + "what to fix",
      ExitCodes.BUG + ":a bug in Handover: the stack trace follows; please report it",
      ExitCodes.OUT_OF_MEMORY
          + ":out of memory: the message says how much Java had and how to ask for less or give it"
          + " more"
    },
    subcommands = {
      ExampleCommand.class,
      ImportCommand.class,
      ImportsCommand.class,
      AssessCommand.class,
      HistoryCommand.class,
      DescribeCommand.class,
      ExportCommand.class,
      SparkScaleCommand.class,
      ReportCommand.class,
      ForecastCommand.class,
      BacktestCommand.class,
      OutlookCommand.class,
      CompareCommand.class,
      DecideCommand.class,
      DecisionsCommand.class,
      PlanCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      AuditCommand.class,
      HelpCommand.class
    })
public final class HandoverCommand implements Runnable {
  @Spec CommandSpec spec;

  public static CommandLine commandLine() {
    ExitCodes exitCodes = new ExitCodes();
    CommandLine cl = new CommandLine(new HandoverCommand());
    cl.setExitCodeExceptionMapper(exitCodes);
    cl.setExecutionExceptionHandler(new ErrorHandler(exitCodes));
    cl.setParameterExceptionHandler(escaping(cl.getParameterExceptionHandler()));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(YearMonth.class, new MonthConverter());
    cl.setExecutionStrategy(HandoverCommand::execute);
    return cl;
  }

  /**
   * Runs the command; running out of memory is a resource limit, not a bug: one line with the heap
   * size and advice, no stack trace. (picocli hands Errors on rather than to the handler.)
   */
  private static int execute(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (OutOfMemoryError e) {
      PrintWriter err = parsed.commandSpec().commandLine().getErr();
      err.println("handover: " + ExitCodes.outOfMemory());
      err.flush();
      return ExitCodes.OUT_OF_MEMORY;
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Picocli's handler for a bad option, printing through a writer that escapes control characters:
   * the message quotes what was typed, which may carry escape sequences.
   */
  private static IParameterExceptionHandler escaping(IParameterExceptionHandler plain) {
    return (ParameterException ex, String[] args) -> {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      cl.setErr(TerminalText.safe(err));
      try {
        return plain.handleParseException(ex, args);
      } finally {
        cl.setErr(err);
      }
    };
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ProgramVersion.current()};
    }
  }

  /**
   * A user error ends with its message only (and its stack trace when HANDOVER_DEBUG is set); a bug
   * ends with the full stack trace and a request to report it. Option errors never get here:
   * picocli prints them with the usage.
   */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    private final IExitCodeExceptionMapper exitCodes;

    ErrorHandler(IExitCodeExceptionMapper exitCodes) {
      this.exitCodes = exitCodes;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
      // the message may quote data (a region name, a line of a file): no escape sequence gets out
      PrintWriter err = TerminalText.safe(cl.getErr());
      int code = exitCodes.getExitCode(e);
      if (code == ExitCodes.OUT_OF_MEMORY) {
        err.println("handover: " + ExitCodes.outOfMemory());
      } else if (code == ExitCodes.USER_ERROR) {
        err.println("handover: " + ExitCodes.message(e));
        if (System.getenv("HANDOVER_DEBUG") != null) {
          e.printStackTrace(err);
        }
      } else {
        err.println("handover: internal error: " + e);
        e.printStackTrace(err);
        err.println(
            "This is a bug in Handover ("
                + ProgramVersion.current()
                + "), not a problem with your data or options: "
                + "please report it with the command you ran and the output above.");
      }
      err.flush();
      return code;
    }
  }
}
