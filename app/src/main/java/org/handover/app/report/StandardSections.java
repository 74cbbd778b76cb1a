package org.handover.app.report;

import java.util.List;
import org.handover.app.report.model.ReportModel;
import org.handover.app.report.page.RegionShapes;
import org.handover.app.report.section.DecisionsSection;
import org.handover.app.report.section.HeadlineSection;
import org.handover.app.report.section.ProvenanceSection;
import org.handover.app.report.section.RegionDetailSection;
import org.handover.app.report.section.ReportSection;
import org.handover.app.report.section.StageMapSection;
import org.handover.app.report.section.StageTimelineSection;

/**
 * The sections every report has, in page order; later features add theirs with {@link
 * ReportWriter#with}.
 */
public final class StandardSections {
  private StandardSections() {}

  public static List<ReportSection> of(ReportModel model) {
    RegionShapes shapes = RegionShapes.of(model.boundaries(), model.theater());
    List<String> notes =
        List.of(
            "Map: " + shapes.method(),
            "Benchmark charts plot the value each benchmark compares with its threshold: the indicator reduced over "
                + "the benchmark's window (months without data skipped), as the assessment does.",
            "Stage colours follow the viridis ramp and verdict colours the Okabe-Ito palette, both readable with "
                + "colour-vision deficiencies; verdict markers also differ by shape.");
    return List.of(
        new HeadlineSection(model),
        new StageMapSection(model, shapes),
        new StageTimelineSection(model),
        new DecisionsSection(model),
        new RegionDetailSection(model),
        new ProvenanceSection(model, notes));
  }
}
