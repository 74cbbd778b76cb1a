package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handover.app.workspace.Workspace;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.Option;

/** Which database, theater and benchmark set a command works on; shared by every data command. */
public final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE",
      description = "DuckDB database file (default: $HANDOVER_DB, else handover-data/handover.duckdb in the Handover folder; "
          + "built from the built-in Iraq data on first use).")
  Path db;

  @Option(names = "--theater", paramLabel = "NAME", description = "Theater to work on (default: the only one in the database).")
  String theater;

  @Option(names = "--benchmarks", paramLabel = "FILE",
      description = "Benchmark set YAML (default: the one recorded by the theater's manifest).")
  Path benchmarks;

  /** Opens the store; the default database is built from the built-in example the first time it is needed. */
  public Store open(PrintWriter err) {
    Path file = db == null ? Home.defaultDatabase() : db;
    boolean fresh = !Files.exists(file);
    Store store = Store.open(file);
    if (db == null && fresh) {
      err.println("handover: no database yet: loading the built-in Iraq example into " + file);
      BuiltInExample.load(store, err);
    }
    return store;
  }

  public String theater(Store store) {
    if (theater != null) {
      if (!store.theaters().contains(theater)) {
        throw new IllegalArgumentException("no theater '" + theater + "' in " + store.file() + " (has: " + store.theaters() + ")");
      }
      return theater;
    }
    List<String> all = store.theaters();
    if (all.size() == 1) {
      return all.get(0);
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException(store.file() + " holds no theater yet: run 'handover example' or import regions first");
    }
    throw new IllegalArgumentException(store.file() + " holds several theaters " + all + ": choose one with --theater");
  }

  public Path benchmarkSet(Store store, String theaterName) {
    if (benchmarks != null) {
      return benchmarks;
    }
    return new TheaterReader(store).benchmarkSet(theaterName)
        .orElseThrow(() -> new IllegalArgumentException("no benchmark set recorded for theater '" + theaterName
            + "': give one with --benchmarks FILE"));
  }

  public Workspace workspace(Store store) {
    String t = theater(store);
    return Workspace.load(store, t, benchmarkSet(store, t));
  }
}
