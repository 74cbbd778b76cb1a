/**
 * The top of io's import side: the registry of import kinds ({@link
 * org.handover.io.manifest.Importers}), theater manifests, and loading one. It sits above every
 * importer package because it names them all; nothing in io depends on it, so io's packages stay
 * acyclic ({@code imports} at the bottom, the kinds above it, this on top).
 */
package org.handover.io.manifest;
