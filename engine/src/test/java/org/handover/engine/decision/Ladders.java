package org.handover.engine.decision;

import java.util.ArrayList;
import java.util.List;
import org.handover.engine.benchmark.Stage;
import org.handover.engine.time.MonthRange;

/**
 * Stage ladders and month axes for the decision tests; conditions are irrelevant here, only ranks.
 */
final class Ladders {
  static final List<Stage> TWO = ladder("LOW", "HIGH");
  static final List<Stage> FIVE =
      ladder("FOREIGN_LEAD", "JOINT", "LOCAL_LEAD", "LOCAL_CONTROL", "SELF_RELIANT");

  private Ladders() {}

  static List<Stage> ladder(String... ids) {
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      stages.add(new Stage(ids[i], "", i == 0 ? List.of() : List.of("c" + i)));
    }
    return List.copyOf(stages);
  }

  static MonthRange months(String first, int count) {
    MonthRange one = MonthRange.parse(first, first);
    return MonthRange.of(one.first(), one.first().plusMonths(count - 1L));
  }
}
