package org.handover.io.imports.events;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With -Dhandover.import.timing=true, prints how long each import phase took, wall and process CPU time
 * (all threads, DuckDB's included), for benchmarks. Never part of import records (they stay reproducible).
 */
final class PhaseTimer {
  private static final boolean ON = Boolean.getBoolean("handover.import.timing");
  private static long lastCpu;

  private PhaseTimer() {}

  static long phase(String name, long since) {
    long now = System.nanoTime();
    if (ON) {
      long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
      System.err.printf(Locale.ROOT, "  [import] %-28s %8.3f s wall %8.3f s cpu (since last)%n", name,
          (now - since) / 1e9, (cpu - lastCpu) / 1e9);
      lastCpu = cpu;
    }
    return now;
  }
}
