package org.handover.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportReport;
import org.handover.io.manifest.ImportSpec;
import org.handover.io.manifest.Importers;
import org.handover.io.manifest.ManifestLoader;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports one file, or every file of a theater manifest. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import data into the database: all or nothing per file, every rejected row reported.",
        "KIND is one of: regions, aliases, population, neighbours, measurements, ibc-event, ibc-raw, ucdp-ged, acled, csv.",
        "Examples:",
        "  handover import --theater iraq ucdp-ged ged.csv --strict",
        "  handover import --theater iraq csv incidents.csv -o mapping=incidents.yaml --rejects rejected.csv",
        "  handover import --manifest data/iraq/theater.yaml"})
final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "What the file holds.")
  String kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Option(names = "--manifest", paramLabel = "FILE", description = "Run every import of a theater manifest, in order.")
  Path manifest;

  @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE",
      description = "An option of the import kind, e.g. mapping=FILE, gazetteer=FILE, illustrative=true, weight_column=km.")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--strict", description = "Fail the whole import if any row is rejected.")
  boolean strict;

  @Option(names = "--rejects", paramLabel = "FILE", description = "Write the rejected rows, with line, field and reason, to FILE.")
  Path rejects;

  @Option(names = "--show", paramLabel = "N", defaultValue = "20", description = "Rejections to print (default: ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try (Store s = store.open(spec.commandLine().getErr())) {
      if (manifest != null) {
        if (kind != null) {
          throw new IllegalArgumentException("give either --manifest or KIND FILE, not both");
        }
        ManifestLoader.load(s, TheaterManifest.read(manifest), r -> ImportSummary.print(r, out, show));
        return 0;
      }
      if (kind == null) {
        throw new IllegalArgumentException("what to import? give KIND FILE or --manifest FILE (see handover import --help)");
      }
      if (store.theater == null) {
        throw new IllegalArgumentException("say which theater the data belong to with --theater NAME");
      }
      Map<String, String> all = new LinkedHashMap<>(options);
      if (strict) {
        all.put("strict", "true");
      }
      if (rejects != null) {
        all.put("rejects", rejects.toString());
      }
      boolean computed = kind.equals("neighbours") && "true".equalsIgnoreCase(all.get("from_polygons"));
      if (file == null && !computed) {
        throw new IllegalArgumentException("import " + kind + " needs a FILE");
      }
      try {
        ImportReport r = Importers.run(s, store.theater, new ImportSpec(kind, file, all));
        ImportSummary.print(r, out, show);
        return 0;
      } catch (ImportException e) {
        var err = spec.commandLine().getErr();
        err.println("handover: " + e.getMessage());
        e.rejections().stream().limit(show).forEach(r -> err.println("  rejected " + r));
        if (e.rejections().size() > show) {
          err.println("  ... and " + (e.rejections().size() - show) + " more");
        }
        err.println("nothing was imported (a 'failed' import record says why: handover imports)");
        return 1;
      }
    }
  }
}
