/**
 * Event imports: {@link org.handover.io.imports.events.EventImporter} stages a file in DuckDB
 * ({@code EventSql}), accounts for every row (imported, without region, or rejected with a {@code
 * RejectionReason}), assigns regions by name, place or point, and hands what it found to an {@link
 * org.handover.io.imports.ImportRun} ({@code EventImport}), which commits or refuses it, records it
 * and writes the rejects file (in the rows' original columns, {@code RejectsFile}) as for every
 * other import. Depends on {@code mapping} (what the columns mean), {@code csv} (where the records
 * are), {@code io.imports} and {@code io.store}.
 */
package org.handover.io.imports.events;
