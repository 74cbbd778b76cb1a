package org.handover.bench;

/** Runs the JMH benchmarks: {@code bench/run-jmh.sh [regex]}. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
