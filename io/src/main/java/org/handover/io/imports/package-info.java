/**
 * What every import shares: the run that collects rejections and notes and commits all or nothing
 * ({@link org.handover.io.imports.ImportRun}, through which every importer, events included,
 * commits, records and writes its rejects file), the record it leaves ({@link
 * org.handover.io.imports.ImportLog}), CSV reading and staging tables. The importers of each kind
 * live in the sub-packages and depend on this one; it depends on {@code store} only.
 */
package org.handover.io.imports;
