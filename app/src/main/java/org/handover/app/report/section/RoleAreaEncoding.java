package org.handover.app.report.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The encoding of foreign troops by role as stacked areas over months, one look for the policy
 * comparison and the plan: rows with {@code month}, {@code role} and {@code troops}.
 */
final class RoleAreaEncoding {
  private RoleAreaEncoding() {}

  /** Puts the area mark and its encoding into {@code spec}; {@code xTitle} null for none. */
  static void apply(ObjectNode spec, String xTitle) {
    spec.putObject("mark").put("type", "area");
    ObjectNode enc = spec.putObject("encoding");
    ObjectNode x = enc.putObject("x").put("field", "month").put("type", "temporal");
    if (xTitle == null) {
      x.putNull("title");
    } else {
      x.put("title", xTitle);
    }
    enc.putObject("y")
        .put("field", "troops")
        .put("type", "quantitative")
        .put("stack", "zero")
        .put("title", "Troops");
    ObjectNode c = enc.putObject("color").put("field", "role").put("type", "nominal");
    c.putObject("scale").put("scheme", "tableau10");
    c.putObject("legend").put("title", "Role").put("orient", "bottom").put("columns", 4);
    ArrayNode tip = enc.putArray("tooltip");
    tip.addObject().put("field", "role").put("title", "Role");
    tip.addObject().put("field", "month").put("type", "temporal").put("format", "%Y-%m");
    tip.addObject().put("field", "troops").put("format", ",.0f").put("title", "Troops");
  }
}
