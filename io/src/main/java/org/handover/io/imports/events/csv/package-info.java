/**
 * Where an event file's records are, byte for byte: the header, transcoding to UTF-8, and the
 * record index that traces a row DuckDB rejected back to its physical line and original fields.
 * Depends on {@code mapping} (delimiter, header anchors) and {@code io.imports}' exception only.
 */
package org.handover.io.imports.events.csv;
