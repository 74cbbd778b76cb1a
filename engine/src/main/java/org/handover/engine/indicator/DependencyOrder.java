package org.handover.engine.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders indicators so each comes after those it refers to; a cycle is an error that names it. */
final class DependencyOrder {
  private final Map<String, List<String>> dependsOn;
  private final List<String> order = new ArrayList<>();
  private final Set<String> done = new HashSet<>();
  private final LinkedHashSet<String> path = new LinkedHashSet<>();

  private DependencyOrder(Map<String, List<String>> dependsOn) {
    this.dependsOn = dependsOn;
  }

  /**
   * @param dependsOn for each indicator in definition order, the indicators it refers to
   * @return every indicator, dependencies first; otherwise in definition order
   */
  static List<String> of(Map<String, List<String>> dependsOn) {
    DependencyOrder o = new DependencyOrder(new LinkedHashMap<>(dependsOn));
    for (String name : dependsOn.keySet()) {
      o.visit(name);
    }
    return List.copyOf(o.order);
  }

  private void visit(String name) {
    if (done.contains(name)) {
      return;
    }
    if (path.contains(name)) {
      List<String> cycle = new ArrayList<>();
      boolean in = false;
      for (String p : path) {
        in |= p.equals(name);
        if (in) {
          cycle.add(p);
        }
      }
      cycle.add(name);
      throw new IndicatorException(
          cycle.get(0), "indicators refer to each other in a cycle: " + String.join(" -> ", cycle));
    }
    path.add(name);
    for (String dep : dependsOn.getOrDefault(name, List.of())) {
      visit(dep);
    }
    path.remove(name);
    done.add(name);
    order.add(name);
  }
}
