package org.handover.app.cli;

import java.time.YearMonth;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of option values that picocli's types cannot express. A failed check is an option error:
 * picocli prints it with the usage. Checking here keeps the engine's own preconditions (which
 * signal bugs) out of the user's way.
 */
final class OptionChecks {
  private OptionChecks() {}

  static int atLeast(CommandSpec spec, String option, int value, int min) {
    if (value < min) {
      throw new ParameterException(
          spec.commandLine(), option + " must be at least " + min + ", not " + value);
    }
    return value;
  }

  /** A window of months given by two options: the last must not be before the first. */
  static void inOrder(
      CommandSpec spec, String firstOption, YearMonth first, String lastOption, YearMonth last) {
    if (last.isBefore(first)) {
      throw new ParameterException(
          spec.commandLine(), lastOption + " " + last + " is before " + firstOption + " " + first);
    }
  }
}
