package org.handover.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The plan's sign-off commands: save, show, list, propose, sign and diff versions of a named plan.
 * (The solver's {@code plan} command takes these as its subcommands when both are merged.)
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Plans as stored versions that both parties sign: save a version, show it, propose it, sign"
            + " it for the host or the partner, compare two versions. A version signed by both"
            + " parties is agreed and its transitions enter the planned decision ledger.",
    subcommands = {
      PlanSaveCommand.class,
      PlanShowCommand.class,
      PlanListCommand.class,
      PlanProposeCommand.class,
      PlanSignCommand.class,
      PlanDiffCommand.class
    })
final class PlansCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "name what to do: save, show, list, propose, sign or diff");
  }
}
