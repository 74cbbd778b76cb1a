package org.handover.app.cli;

import java.time.YearMonth;
import org.handover.app.workspace.Workspace;
import org.handover.engine.time.MonthRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The month a command works as of: one option, one description and one check for every command that
 * takes it.
 */
final class AsOfOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM",
      description =
          "The month to work as of: nothing later is used, and forecasts start the month after "
              + "(default: the last month with data).")
  YearMonth asOf;

  /**
   * The month given, or the last month of the workspace's data; a month outside the data is an
   * option error.
   */
  YearMonth month(Workspace ws) {
    MonthRange months = ws.panel().months();
    if (asOf == null) {
      return months.last();
    }
    if (!months.contains(asOf)) {
      throw new ParameterException(
          command.commandLine(), "--as-of " + asOf + " is outside the data (" + months + ")");
    }
    return asOf;
  }
}
