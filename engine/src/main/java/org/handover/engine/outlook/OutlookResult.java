package org.handover.engine.outlook;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.handover.engine.forecast.Parameter;
import org.handover.engine.provenance.Provenance;
import org.handover.engine.time.MonthRange;

/**
 * Every region's outlook from one origin, with how it was computed.
 *
 * @param months the forecast months (the origin first)
 * @param evaluated the months of each path's panel: history needed by the indicators and the
 *     benchmark windows, then the forecast months
 * @param inputs how each input variable was continued past the origin
 */
public record OutlookResult(
    YearMonth origin,
    MonthRange months,
    MonthRange evaluated,
    String variable,
    String modelName,
    List<Parameter> parameters,
    long seed,
    int paths,
    String benchmarkSetName,
    String benchmarkSetVersion,
    List<InputTreatment> inputs,
    List<RegionOutlook> regions) {

  public OutlookResult {
    parameters = List.copyOf(parameters);
    inputs = List.copyOf(inputs);
    regions = List.copyOf(regions);
  }

  /** Seed, benchmark set, model and the treatment of each input, for the report. */
  public Provenance provenance(Provenance base) {
    String treatments =
        inputs.stream()
            .map(
                i ->
                    i.variable()
                        + ": "
                        + i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining("; "));
    return base.withSeed(seed)
        .withNote(
            "outlook",
            paths
                + " sample paths of "
                + variable
                + " from "
                + modelName
                + ", origin "
                + origin
                + ", horizon "
                + months.length()
                + " months; benchmark set "
                + benchmarkSetName
                + " "
                + benchmarkSetVersion)
        .withNote(
            "outlook inputs",
            "inputs that are not forecast follow their scheduled values where the data "
                + "have them after the origin and otherwise stay at their last value ("
                + treatments
                + ")");
  }
}
