package org.handover.engine.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Runs work over fixed chunks of paths on a bounded pool and returns the chunk results in chunk
 * order, so that any reduction over them is independent of thread scheduling.
 */
public final class Parallelism {
  private Parallelism() {}

  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Applies {@code task(from, toExclusive)} to consecutive chunks of {@code 0..n} of {@code chunk}
   * items, on at most {@code threads} threads; results in chunk order.
   */
  public static <R> List<R> overChunks(
      int n, int chunk, int threads, BiFunction<Integer, Integer, R> task) {
    if (chunk < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "chunk and threads must be positive: " + chunk + ", " + threads);
    }
    int chunks = (n + chunk - 1) / chunk;
    if (threads == 1 || chunks <= 1) {
      List<R> out = new ArrayList<>(chunks);
      for (int c = 0; c < chunks; c++) {
        out.add(task.apply(c * chunk, Math.min(n, (c + 1) * chunk)));
      }
      return out;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(
              () ->
                  IntStream.range(0, chunks)
                      .parallel()
                      .mapToObj(c -> task.apply(c * chunk, Math.min(n, (c + 1) * chunk)))
                      .toList())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing sample paths", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdown();
    }
  }
}
