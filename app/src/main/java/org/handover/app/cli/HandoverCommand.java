package org.handover.app.cli;

import java.io.PrintWriter;
import org.handover.engine.provenance.ProgramVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code handover} command: subcommands for each step of the data flow. */
@Command(
    name = "handover",
    mixinStandardHelpOptions = true,
    versionProvider = HandoverCommand.Version.class,
    description = "Conditions-based transfer of security responsibility, region by region.",
    subcommands = {ExampleCommand.class, ImportCommand.class, ImportsCommand.class, AssessCommand.class,
        HistoryCommand.class, ExportCommand.class, ReportCommand.class,
        ForecastCommand.class, BacktestCommand.class, OutlookCommand.class, CommandLine.HelpCommand.class})
public final class HandoverCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new HandoverCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ProgramVersion.current()};
    }
  }

  /** User errors (bad input, bad configuration) end with a message and exit code 2, not a stack trace. */
  static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
      PrintWriter err = cl.getErr();
      err.println("handover: " + e.getMessage());
      if (System.getenv("HANDOVER_DEBUG") != null) {
        e.printStackTrace(err);
      }
      err.flush();
      return 2;
    }
  }
}
