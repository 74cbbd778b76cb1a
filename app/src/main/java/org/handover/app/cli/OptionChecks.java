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

  /** Most sample paths a forecast draws: enough for stable 10/90% quantiles many times over. */
  static final int MAX_PATHS = 100_000;

  /** Longest forecast horizon, in months: ten years, far beyond any useful forecast of violence. */
  static final int MAX_HORIZON = 120;

  /**
   * A value within {@code [min, max]}: the upper bounds keep a typing slip ({@code --paths
   * 2000000000}) from running for days or exhausting memory.
   */
  static int between(CommandSpec spec, String option, int value, int min, int max) {
    atLeast(spec, option, value, min);
    if (value > max) {
      throw new ParameterException(
          spec.commandLine(), option + " must be at most " + max + ", not " + value);
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
