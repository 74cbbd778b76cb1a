/**
 * The DuckDB store: opening it, transactions, and {@link org.handover.io.store.TheaterReader}, the
 * one place that reads a theater, its name resolver, boundaries, settings, decision ledger and
 * import records back. Depends on engine's {@code theater} and {@code decision} packages only;
 * every other io package and the command line read through here.
 */
package org.handover.io.store;
