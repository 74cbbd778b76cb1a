package org.handover.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.duckdb.DuckDBAppender;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;

class StagingTest {
  /**
   * DuckDB's appender used first in a transaction would commit on its own: Store.inTransaction
   * begins the transaction first.
   */
  @Test
  void appendedRowsRollBackWithTheTransaction() {
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      c -> {
                        try (DuckDBAppender appender = Staging.appender(c, "neighbours")) {
                          appender
                              .beginRow()
                              .append("t")
                              .append("A")
                              .append("B")
                              .append(1.0)
                              .append(1L)
                              .endRow();
                        }
                        try (Staging staging = Staging.create(c, "x_staging", "v INTEGER")) {
                          try (DuckDBAppender appender = staging.appender()) {
                            appender.beginRow().append(1).endRow();
                          }
                          assertThat(
                                  staging.execute(
                                      "INSERT INTO neighbours SELECT 't', 'C', 'D', v, 1 FROM x_staging"))
                              .isEqualTo(1);
                        }
                        throw new IllegalStateException("fail after appending");
                      }))
          .hasMessageContaining("fail after appending");
      assertThat(store.strings("SELECT region_a FROM neighbours")).isEmpty();
    }
  }
}
