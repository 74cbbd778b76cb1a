package org.handover.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.handover.app.workspace.BuiltInExample;
import org.handover.app.workspace.Home;
import org.handover.engine.HandoverException;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** (Re)builds a database from the built-in Iraq example. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = {
      "Load the built-in Iraq 2003-2012 example (data/iraq/theater.yaml) into a fresh database.",
      "An existing Handover database there is replaced; any other file only with --force."
    })
final class ExampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Database file to (re)create (default: the default database).")
  Path db;

  @Mixin ForceOption force;

  @Override
  public Integer call() {
    Path file = db == null ? Home.defaultDatabase() : db;
    check(file);
    var err = spec.commandLine().getErr();
    err.println("loading the built-in Iraq example into " + file);
    BuiltInExample.build(file, r -> err.println("  " + ImportSummary.line(r)));
    err.flush();
    return 0;
  }

  /**
   * A database Handover made is rebuilt without asking (that is what the command is for); any other
   * file is the user's, replaced only with --force; a device, FIFO or folder never.
   */
  private void check(Path file) {
    if (!Files.exists(file)) {
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new HandoverException(
          "refusing to replace "
              + file
              + ": it is "
              + (Files.isDirectory(file) ? "a folder" : "a device, FIFO or socket")
              + ", and a database is a regular file; choose another --db FILE");
    }
    if (!force.force && !Store.isHandoverDatabase(file)) {
      throw new HandoverException(
          "refusing to replace "
              + file
              + ": it is not a Handover database, and Handover replaces a file it did not make"
              + " only when told to; add --force to replace it, or choose another --db FILE");
    }
  }
}
