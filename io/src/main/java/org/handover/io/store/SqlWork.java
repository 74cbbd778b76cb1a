package org.handover.io.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the store's connection inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
