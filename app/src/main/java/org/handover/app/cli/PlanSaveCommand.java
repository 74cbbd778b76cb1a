package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
import org.handover.engine.benchmark.BenchmarkSet;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.plan.Plan;
import org.handover.engine.plan.PlanStatus;
import org.handover.engine.plan.PlanVersion;
import org.handover.engine.plan.SignOff;
import org.handover.engine.plan.VersionState;
import org.handover.io.audit.AuditLog;
import org.handover.io.config.BenchmarkSetReader;
import org.handover.io.plan.PlanAudit;
import org.handover.io.plan.PlanFile;
import org.handover.io.plan.PlanStore;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Saves a plan document as the next version of a named plan. */
@Command(
    name = "save",
    mixinStandardHelpOptions = true,
    description =
        "Save a plan JSON file as the next version of plan NAME (a draft; the plan is made if new)."
            + " The file is an object with a \"transitions\" array of {region, from_stage, to_stage,"
            + " month, tranche}; other fields are kept as they are. Saving the current content"
            + " again makes no version.")
final class PlanSaveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "NAME", description = "The plan's name.")
  String name;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The plan document (JSON).")
  Path from;

  @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who saves it.")
  String by;

  @Override
  public Integer call() {
    PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
    PlanVersion.requireName(name);
    try (Store s = store.openForWriting(spec.commandLine().getErr())) {
      String theater = store.theater(s);
      BenchmarkSet set = BenchmarkSetReader.read(store.benchmarkSet(s, theater));
      PlanFile file =
          PlanFile.read(
              from,
              new TheaterReader(s).resolver(theater),
              set.stages().stream().map(Stage::id).toList());
      SignOff.Saved saved =
          PlanStore.of(s, theater)
              .save(
                  name,
                  file.transitions(),
                  file.document(),
                  by,
                  PlanTime.now(),
                  file.provenance(),
                  PlanAudit.saved(AuditLog.commandLineActor(), name));
      PlanVersion v = saved.version().version();
      if (saved.unchanged()) {
        out.printf(
            "unchanged: plan %s version %d (%s) has this content already (sha256 %s)%n",
            name, v.version(), saved.version().status(), v.sha256());
      } else {
        out.printf(
            "saved plan %s version %d (DRAFT, sha256 %s): %d transitions from %s%n",
            name, v.version(), v.sha256(), v.transitions().size(), from.getFileName());
        if (v.version() > 1) {
          Plan plan = saved.plan();
          VersionState previous = plan.version(v.version() - 1);
          if (previous.status() != PlanStatus.AGREED && !previous.signatures().isEmpty()) {
            out.printf("version %d is superseded: its signatures are void%n", previous.number());
          }
          plan.inForce()
              .ifPresent(
                  f ->
                      out.printf(
                          "version %d stays in force until this version is agreed%n", f.number()));
        }
        out.printf(
            "propose it for signature with: handover plan propose %s --version %d --by WHO%n",
            name, v.version());
      }
      out.flush();
    }
    return 0;
  }
}
