/**
 * The policy a theater is judged against: a versioned {@link
 * org.handover.engine.benchmark.BenchmarkSet} of indicator definitions, benchmarks (an indicator, a
 * window, a comparison and a threshold, held for some months), conditions that combine benchmarks
 * ({@link org.handover.engine.benchmark.Combination}: all of, k of n, weighted) and ordered stages
 * that require conditions, each with its hysteresis ({@link
 * org.handover.engine.benchmark.StageHysteresis}: how long conditions must hold or fail before the
 * recommendation moves). Plain values with their own validation; the judging is in {@code
 * assessment}.
 *
 * <p>Depends on nothing else in Handover but {@link org.handover.engine.HandoverException} (and the
 * JDK).
 */
package org.handover.engine.benchmark;
