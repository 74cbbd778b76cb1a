package org.handover.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.handover.app.workspace.BuiltInExample;
import org.handover.app.workspace.Home;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** (Re)builds a database from the built-in Iraq example. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description =
        "Load the built-in Iraq 2003-2012 example (data/iraq/theater.yaml) into a fresh database.")
final class ExampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Database file to (re)create (default: the default database).")
  Path db;

  @Override
  public Integer call() throws Exception {
    Path file = db == null ? Home.defaultDatabase() : db;
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + ".wal"));
    var err = spec.commandLine().getErr();
    err.println("loading the built-in Iraq example into " + file);
    try (Store store = Store.open(file)) {
      BuiltInExample.load(store, r -> err.println("  " + ImportSummary.line(r)));
      err.flush();
    }
    return 0;
  }
}
