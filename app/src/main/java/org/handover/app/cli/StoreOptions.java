package org.handover.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handover.app.workspace.BuiltInExample;
import org.handover.app.workspace.Home;
import org.handover.app.workspace.Workspace;
import org.handover.engine.HandoverException;
import org.handover.engine.theater.RegionId;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.files.OutputGuard;
import org.handover.io.store.Store;
import org.handover.io.store.StoreException;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which database, theater and benchmark set a command works on; shared by every data command. */
final class StoreOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "DuckDB database file (default: $HANDOVER_DB, else handover-data/handover.duckdb in the Handover folder; "
              + "built from the built-in Iraq data on first use).")
  Path db;

  @Option(
      names = "--theater",
      paramLabel = "NAME",
      description = "Theater to work on (default: the only one in the database).")
  String theater;

  @Option(
      names = "--benchmarks",
      paramLabel = "FILE",
      description = "Benchmark set YAML (default: the one recorded by the theater's manifest).")
  Path benchmarks;

  /**
   * Opens the store for a command that only reads it: read-only, so any number of them run at once,
   * and a read-only database file works. The default database is built from the built-in example
   * the first time it is needed (the one write).
   */
  Store open(PrintWriter err) {
    return Store.openReadOnly(ensureDatabase(err));
  }

  /** Opens the store for a command that writes it (import, decide): one such process at a time. */
  Store openForWriting(PrintWriter err) {
    return Store.open(ensureDatabase(err));
  }

  /** The database file: --db, else the default one, built on first use. */
  Path database() {
    return db == null ? Home.defaultDatabase() : db;
  }

  private Path ensureDatabase(PrintWriter err) {
    Path file = database();
    if (db == null && !Files.exists(file)) {
      err.println("handover: no database yet: loading the built-in Iraq example into " + file);
      BuiltInExample.build(file, r -> err.println("  " + ImportSummary.line(r)));
      err.flush();
    } else if (db == null && Files.isWritable(file)) {
      refreshBuiltIn(file, err);
    }
    return file;
  }

  /**
   * Brings the default database up to the built-in example when its data changed since the database
   * was built (a newer Handover ships newer figures), so that commands do not fail on a variable
   * the old data lacked.
   */
  private static void refreshBuiltIn(Path file, PrintWriter err) {
    boolean[] told = {false};
    Store opened;
    try {
      opened = Store.open(file);
    } catch (StoreException e) {
      // Another process has it open (readers may share it, a writer may not): the check waits for
      // the next command; this one reads the database as it is, or says why it cannot.
      return;
    }
    try (Store store = opened) {
      BuiltInExample.refresh(
          store,
          r -> {
            if (!told[0]) {
              err.println(
                  "handover: the built-in Iraq example changed since "
                      + file
                      + " was built: loading the changes");
              told[0] = true;
            }
            err.println("  " + ImportSummary.line(r));
          });
    }
    err.flush();
  }

  /**
   * What a command that reads {@code store} may write: never the database or a benchmark set it may
   * read; existing files only with {@code force}.
   */
  OutputGuard outputs(Store store, ForceOption force) {
    OutputGuard guard = OutputGuard.of(force.force).keepingDatabase(database());
    List<Path> sets = new ArrayList<>();
    if (benchmarks != null) {
      sets.add(benchmarks);
    }
    TheaterReader reader = new TheaterReader(store);
    store.theaters().forEach(t -> reader.benchmarkSet(t).ifPresent(sets::add));
    for (Path set : sets) {
      for (Path file : benchmarkSetFiles(set)) {
        guard = guard.keeping(file, "part of the benchmark set this command reads");
      }
    }
    return guard;
  }

  /** The set's file and the indicator file it names; a set that cannot be read fails later. */
  private static List<Path> benchmarkSetFiles(Path set) {
    try {
      return BenchmarkSetReader.readLocated(set).files();
    } catch (HandoverException | UncheckedIOException e) {
      return List.of(set);
    }
  }

  String theater(Store store) {
    if (theater != null) {
      if (!store.theaters().contains(theater)) {
        throw new ParameterException(
            command.commandLine(),
            "no theater '" + theater + "' in " + store.file() + " (has: " + store.theaters() + ")");
      }
      return theater;
    }
    List<String> all = store.theaters();
    if (all.size() == 1) {
      return all.get(0);
    }
    if (all.isEmpty()) {
      throw new HandoverException(
          store.file() + " holds no theater yet: run 'handover example' or import regions first");
    }
    throw new HandoverException(
        store.file() + " holds several theaters " + all + ": choose one with --theater");
  }

  /**
   * The benchmark set given with --benchmarks, else the one recorded for the theater, if any:
   * commands that need no set (describe, export) use it when there is one.
   */
  Optional<Path> benchmarkSetIfAny(Store store, String theaterName) {
    if (benchmarks != null) {
      return Optional.of(benchmarks);
    }
    return new TheaterReader(store).benchmarkSet(theaterName);
  }

  Path benchmarkSet(Store store, String theaterName) {
    return benchmarkSetIfAny(store, theaterName)
        .orElseThrow(
            () ->
                new HandoverException(
                    "no benchmark set recorded for theater '"
                        + theaterName
                        + "': give one with --benchmarks FILE"));
  }

  Workspace workspace(Store store) {
    String t = theater(store);
    return Workspace.load(store, t, benchmarkSet(store, t));
  }

  /**
   * Region names given on the command line, resolved in the workspace's theater (aliases and
   * spelling work).
   */
  List<RegionId> regions(Store store, Workspace ws, List<String> names) {
    return Regions.resolve(store, ws, names);
  }
}
