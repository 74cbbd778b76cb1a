package org.handover.app.web;

import java.util.function.Function;
import org.handover.io.store.Store;

/**
 * The store the server holds for its whole life, used by one request at a time: a DuckDB connection
 * is not to be shared by concurrent statements. Requests that only read computed data never come
 * here: they read the loaded {@link TheaterState}.
 */
final class SharedStore {
  private final Store store;

  SharedStore(Store store) {
    this.store = store;
  }

  synchronized <T> T with(Function<Store, T> work) {
    return work.apply(store);
  }

  Store unsafe() {
    return store;
  }
}
