package org.handover.app.web;

import java.nio.file.Path;

/** The current {@link TheaterState}; replaced, whole, after the server changes the store. */
final class StateHolder {
  private final SharedStore store;
  private final String theater;
  private final Path benchmarkSet;
  private volatile TheaterState state;

  StateHolder(SharedStore store, String theater, Path benchmarkSet) {
    this.store = store;
    this.theater = theater;
    this.benchmarkSet = benchmarkSet;
    this.state = TheaterState.load(store, theater, benchmarkSet);
  }

  TheaterState get() {
    return state;
  }

  String theater() {
    return theater;
  }

  Path benchmarkSet() {
    return benchmarkSet;
  }

  /** Reads the store again, after an import or a decision. */
  synchronized void reload() {
    state = TheaterState.load(store, theater, benchmarkSet);
  }
}
