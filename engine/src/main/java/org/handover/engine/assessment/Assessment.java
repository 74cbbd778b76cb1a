package org.handover.engine.assessment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.theater.RegionId;

/** Every region of a theater judged against a benchmark set as of one month. */
public record Assessment(YearMonth asOf, List<RegionAssessment> regions, Provenance provenance) {
  public Assessment {
    regions = List.copyOf(regions);
  }

  public Optional<RegionAssessment> region(RegionId id) {
    return regions.stream().filter(r -> r.region().equals(id)).findFirst();
  }
}
