/**
 * Writing results and canonical tables to files for other tools: CSV and Parquet (through DuckDB)
 * with a provenance JSON beside each, and {@link org.handover.io.export.Standings}, the one place
 * that puts a region's conditions met, recommendation and decided status side by side (and words
 * them) for every output. Depends on the engine and on {@code org.handover.io.store}; nothing in
 * the engine depends on it.
 */
package org.handover.io.export;
