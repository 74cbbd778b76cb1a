package org.handover.bench;

import org.openjdk.jmh.Main;

/** Runs the JMH benchmarks: {@code bench/run-jmh.sh [regex]}. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Main.main(args);
  }
}
