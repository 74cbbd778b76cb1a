package org.handover.app.report;

import java.io.PrintStream;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long step, shown as a bar on an interactive terminal and not at all otherwise (CI
 * logs, pipes, redirected output), where a redrawn bar would only add noise. Use with
 * try-with-resources: {@code try (Progress p = Progress.start("Writing report", n)) { ...
 * p.step("map"); }}.
 */
public interface Progress extends AutoCloseable {
  /** Marks one more step done; {@code what} names the step that follows or just finished. */
  void step(String what);

  @Override
  void close();

  /** A progress that shows nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step(String what) {}

      @Override
      public void close() {}
    };
  }

  /** A bar on standard error when the terminal is interactive, nothing otherwise. */
  static Progress start(String task, long steps) {
    return interactive(System.getenv(), System.console() != null)
        ? bar(task, steps, System.err)
        : none();
  }

  /**
   * Whether a bar makes sense: a console is attached, no CI system is driving us (CI,
   * CONTINUOUS_INTEGRATION, BUILD_NUMBER, GITHUB_ACTIONS...) and the terminal is not "dumb".
   */
  static boolean interactive(Map<String, String> env, boolean consoleAttached) {
    if (!consoleAttached) {
      return false;
    }
    for (String ci :
        new String[] {
          "CI",
          "CONTINUOUS_INTEGRATION",
          "BUILD_NUMBER",
          "GITHUB_ACTIONS",
          "GITLAB_CI",
          "JENKINS_URL",
          "TF_BUILD"
        }) {
      String v = env.get(ci);
      if (v != null && !v.isBlank() && !v.equalsIgnoreCase("false")) {
        return false;
      }
    }
    return !"dumb".equals(env.get("TERM"));
  }

  /**
   * A bar drawn on {@code out} regardless of the terminal (for callers that decided themselves).
   */
  static Progress bar(String task, long steps, PrintStream out) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(steps)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUpdateIntervalMillis(100)
            .setConsumer(new ConsoleProgressBarConsumer(out))
            .clearDisplayOnFinish()
            .build();
    return new Progress() {
      @Override
      public void step(String what) {
        bar.setExtraMessage(what);
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
