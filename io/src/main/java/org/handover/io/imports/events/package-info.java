/**
 * Event imports: {@link org.handover.io.imports.events.EventImporter} stages a file in DuckDB
 * ({@code EventSql}), accounts for every row (imported, without region, or rejected with a
 * {@code RejectionReason}), assigns regions by name, place or point, and commits through one run
 * ({@code EventImport}). Depends on {@code mapping} (what the columns mean), {@code csv} (where the records
 * are), {@code io.imports} and {@code io.store}.
 */
package org.handover.io.imports.events;
