/**
 * Lengths and areas on the sphere for GeoJSON geometries: used both when regions are imported
 * (shared borders) and when the panel is loaded (areas). Depends on JTS only.
 */
package org.handover.io.geo;
