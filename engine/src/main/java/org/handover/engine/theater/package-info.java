/**
 * A theater: its regions, their ids and neighbours, and how the names sources use for regions are
 * matched to them ({@link org.handover.engine.theater.RegionResolver}). Pure values with no I/O;
 * depends on nothing else in Handover.
 */
package org.handover.engine.theater;
