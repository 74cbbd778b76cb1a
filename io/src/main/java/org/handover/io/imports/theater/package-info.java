/**
 * Importers of a theater's geography: regions (GeoJSON), aliases, populations and neighbours (from
 * a file or computed from the stored polygons). Depends on {@code io.imports} (the shared run and
 * CSV reading), {@code io.geo} and {@code io.store}.
 */
package org.handover.io.imports.theater;
