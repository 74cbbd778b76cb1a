package org.handover.io.imports.events;

/**
 * Hears how long each phase of an event import took (wall time), for benchmarks. Never part of
 * import records, which stay reproducible.
 */
@FunctionalInterface
public interface ImportPhases {
  /** Hears nothing: what an ordinary import uses. */
  ImportPhases NONE = (phase, wallNanos) -> {};

  void phase(String name, long wallNanos);
}
