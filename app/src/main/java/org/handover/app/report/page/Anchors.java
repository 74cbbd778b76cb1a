package org.handover.app.report.page;

import org.handover.engine.theater.RegionId;
import org.handover.engine.theater.Theater;

/**
 * Element ids that one section gives and others link to, so no section has to ask another for them.
 */
public final class Anchors {
  private Anchors() {}

  /** The page anchor of a region's block ("region-salah-ad-din"), unique within its theater. */
  public static String region(Theater theater, RegionId region) {
    String slug = Html.slug(region.name());
    long clashes = theater.regions().stream().filter(r -> Html.slug(r.name()).equals(slug)).count();
    return "region-" + slug + (clashes > 1 ? "-" + theater.indexOf(region) : "");
  }
}
