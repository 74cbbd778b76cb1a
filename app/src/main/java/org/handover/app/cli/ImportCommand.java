package org.handover.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
import org.handover.io.audit.AuditLog;
import org.handover.io.files.OutputGuard;
import org.handover.io.imports.ImportAudit;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.imports.RejectsLayout;
import org.handover.io.manifest.Importers;
import org.handover.io.manifest.ManifestLoad;
import org.handover.io.manifest.ManifestLoader;
import org.handover.io.manifest.StepOutcome;
import org.handover.io.manifest.TheaterManifest;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports one file, or every file of a theater manifest. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import data into the database: all or nothing per file, every rejected row reported.",
      "Examples:",
      "  handover import --theater iraq ucdp-ged ged.csv --strict",
      "  handover import --theater iraq csv incidents.csv -o mapping=incidents.yaml --rejects rejected.csv",
      "  handover import --manifest data/iraq/theater.yaml"
    })
final class ImportCommand implements Callable<Integer> {
  CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "KIND",
      description = "What the file holds.")
  String kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "Run every import of a theater manifest, in order, all or nothing; run again, it does"
              + " nothing if no file or option changed, else rebuilds the imports as new versions.")
  Path manifest;

  @Option(
      names = {"-o", "--option"},
      paramLabel = "KEY=VALUE",
      description = "An option of the import kind (see the list below).")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--strict", description = "Fail the whole import if any row is rejected.")
  boolean strict;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write the rejected rows, with line, field and reason, to FILE.")
  Path rejects;

  @Mixin ForceOption force;

  @Option(
      names = "--allow-duplicate",
      description =
          "Import a file of events whose content (SHA-256) was already imported into the theater"
              + " (same as -o allow_duplicate=true).")
  boolean allowDuplicate;

  @Option(
      names = "--max-rejected",
      paramLabel = "SHARE",
      description =
          "Fail the whole import if more than SHARE of the rows read are rejected: a fraction"
              + " (0.01) or a percentage (1%%). Default: no limit.")
  String maxRejected;

  @Option(
      names = "--show",
      paramLabel = "N",
      defaultValue = "20",
      description = "Rejections to print (default: ${DEFAULT-VALUE}).")
  int show;

  /** Lists the kinds and their options, from the import registry, below the usage. */
  @Spec
  void spec(CommandSpec spec) {
    this.spec = spec;
    List<String> footer = new ArrayList<>(List.of("", "KIND and its options (-o KEY=VALUE):"));
    // picocli formats help text: a '%' in an option's description must be doubled
    Importers.help().forEach(line -> footer.add("  " + line.replace("%", "%%")));
    spec.usageMessage().footer(footer.toArray(String[]::new));
  }

  @Override
  public Integer call() {
    var out = TerminalText.safe(spec.commandLine().getOut());
    if (manifest != null) {
      if (kind != null) {
        throw new ParameterException(
            spec.commandLine(), "give either --manifest or KIND FILE, not both");
      }
      if (!options.isEmpty()
          || strict
          || rejects != null
          || allowDuplicate
          || maxRejected != null) {
        throw new ParameterException(
            spec.commandLine(),
            "with --manifest, give each import's options in the manifest (options:), not on the"
                + " command line");
      }
    }
    // read and checked before the database is opened: a bad manifest or rejects file changes
    // nothing
    TheaterManifest m = manifest == null ? null : TheaterManifest.read(manifest);
    if (m != null) {
      checkRejectsFiles(m);
    }
    try (Store s = store.openForWriting(spec.commandLine().getErr())) {
      if (m != null) {
        return loadManifest(s, m);
      }
      if (kind == null) {
        throw new ParameterException(
            spec.commandLine(),
            "what to import? give KIND FILE or --manifest FILE (see handover import --help)");
      }
      // The only theater of the store is the default, as --help says; a store with none needs a
      // name for the theater the data will start.
      if (store.theater == null && s.theaters().isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "say which theater the data belong to with --theater NAME");
      }
      String theater = store.theater != null ? store.theater : store.theater(s);
      Map<String, String> all = new LinkedHashMap<>(options);
      if (strict) {
        all.put(ImportOption.STRICT.name(), "true");
      }
      if (rejects != null) {
        all.put(ImportOption.REJECTS.name(), rejects.toString());
      }
      if (allowDuplicate) {
        all.put("allow_duplicate", "true");
      }
      if (maxRejected != null) {
        all.put(ImportOption.MAX_REJECTED.name(), maxRejected);
      }
      ImportSpec importSpec = new ImportSpec(kind, file, all);
      if (file == null && Importers.needsFile(importSpec)) {
        throw new ParameterException(spec.commandLine(), "import " + kind + " needs a FILE");
      }
      if (rejects != null) {
        inputsOf(importSpec, outputs()).check(rejects);
      }
      try {
        ImportReport r =
            ImportAudit.by(
                AuditLog.commandLineActor(), () -> Importers.run(s, theater, importSpec));
        ImportSummary.print(r, out, show);
        return 0;
      } catch (ImportException e) {
        throw new ImportException(failure(e), e);
      }
    }
  }

  /**
   * What an import may write: never the database; existing files only with --force, except a
   * rejects file an import wrote before, which running the import again renews.
   */
  private OutputGuard outputs() {
    return OutputGuard.of(force.force)
        .keepingDatabase(store.database())
        .replacingOwn(RejectsLayout::wrote);
  }

  /** {@code guard}, also keeping the files {@code spec} reads from being written. */
  private static OutputGuard inputsOf(ImportSpec spec, OutputGuard guard) {
    String role = "a file this import reads";
    OutputGuard g = spec.file() == null ? guard : guard.keeping(spec.file(), role);
    for (ImportOption o : Importers.kind(spec.kind()).map(Importer::options).orElse(List.of())) {
      if (o.inputFile() && spec.option(o).isPresent()) {
        g = g.keeping(Path.of(spec.option(o).get()), role);
      }
    }
    return g;
  }

  /**
   * Refuses, before anything is imported, a manifest's rejects file that would land on the
   * database, the manifest, a file any of its imports reads, or (without --force) an existing file.
   */
  private void checkRejectsFiles(TheaterManifest m) {
    OutputGuard guard = outputs().keeping(m.file(), "the manifest this import reads");
    if (m.benchmarkSet().isPresent()) {
      guard = guard.keeping(m.benchmarkSet().get(), "the benchmark set the manifest names");
    }
    for (ImportSpec i : m.imports()) {
      guard = inputsOf(i, guard);
    }
    for (ImportSpec i : m.imports()) {
      Optional<String> r = i.option(ImportOption.REJECTS);
      if (r.isPresent()) {
        guard.check(Path.of(r.get()));
      }
    }
  }

  /**
   * Loads the manifest all or nothing: progress on stderr as each import is made, then, once it has
   * all landed, each import's summary and what happened to each step.
   */
  private int loadManifest(Store s, TheaterManifest m) {
    var out = TerminalText.safe(spec.commandLine().getOut());
    var err = TerminalText.safe(spec.commandLine().getErr());
    ManifestLoad load;
    try {
      load =
          ImportAudit.by(
              AuditLog.commandLineActor(),
              () ->
                  ManifestLoader.load(
                      s,
                      m,
                      r -> {
                        err.println("  " + ImportSummary.line(r));
                        err.flush();
                      }));
    } catch (ImportException e) {
      throw new ImportException(
          failure(e, "nothing was imported: the database is as it was before"), e);
    }
    load.reports().forEach(r -> ImportSummary.print(r, out, show));
    if (load.unchanged()) {
      out.println(
          "manifest "
              + m.file()
              + ": unchanged (every file and option as last loaded); nothing to do");
    } else {
      out.println(
          "manifest "
              + m.file()
              + ": theater "
              + load.theater()
              + (load.settingsChanged() ? " (settings rewritten)" : ""));
    }
    for (StepOutcome step : load.steps()) {
      out.println(
          "  step "
              + step.step()
              + " "
              + step.kind()
              + (step.file().isEmpty() ? "" : " " + step.file())
              + ": "
              + step.describe()
              + step.report().map(r -> " (import " + r.importId() + ")").orElse(""));
    }
    load.notes().forEach(n -> out.println("  note: " + n));
    out.flush();
    return 0;
  }

  private String failure(ImportException e) {
    return failure(e, "nothing was imported (a 'failed' import record says why: handover imports)");
  }

  /**
   * The failure as the user reads it: the reason, the first rejections, and that nothing was
   * imported.
   */
  private String failure(ImportException e, String outcome) {
    StringBuilder s = new StringBuilder(e.getMessage());
    e.rejections().stream().limit(show).forEach(r -> s.append("\n  rejected ").append(r));
    if (e.rejections().size() > show) {
      s.append("\n  ... and ").append(e.rejections().size() - show).append(" more");
    }
    return s.append("\n").append(outcome).toString();
  }
}
