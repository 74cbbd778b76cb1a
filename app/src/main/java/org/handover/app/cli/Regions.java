package org.handover.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.handover.app.workspace.Workspace;
import org.handover.engine.HandoverException;
import org.handover.engine.assessment.Assessment;
import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.RegionResolver;
import org.handover.io.store.Store;
import org.handover.io.store.TheaterReader;

/**
 * Region names given on the command line, resolved like imported ones (aliases, spelling), or a
 * clear error.
 */
final class Regions {
  private Regions() {}

  static List<RegionId> resolve(Store store, Workspace ws, List<String> names) {
    return resolve(store, ws.theaterName(), names);
  }

  static List<RegionId> resolve(Store store, String theater, List<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    RegionResolver resolver = new TheaterReader(store).resolver(theater);
    List<RegionId> out = new ArrayList<>();
    for (String n : names) {
      out.add(
          resolver
              .resolve(n)
              .orElseThrow(
                  () ->
                      new HandoverException(
                          "no region '"
                              + n
                              + "' in theater "
                              + theater
                              + "; closest: "
                              + String.join(", ", resolver.closest(n, 3)))));
    }
    return out;
  }

  static Assessment filter(Assessment a, List<RegionId> only) {
    if (only.isEmpty()) {
      return a;
    }
    Set<RegionId> keep = Set.copyOf(only);
    return new Assessment(
        a.asOf(),
        a.regions().stream().filter(r -> keep.contains(r.region())).toList(),
        a.provenance());
  }
}
