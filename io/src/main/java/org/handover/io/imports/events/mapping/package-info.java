/**
 * What an event file's columns mean: the built-in formats and YAML mapping files, read into an
 * {@link org.handover.io.imports.events.mapping.EventMapping}. Pure configuration: depends on
 * nothing else in io.
 */
package org.handover.io.imports.events.mapping;
