/**
 * A theater: its regions, their ids and neighbours, and how the names sources use for regions are
 * matched to them ({@link org.handover.engine.theater.RegionResolver}); regions may be the cells of
 * a {@link org.handover.engine.theater.RegularGrid} (PRIO-GRID's numbering for 0.5 degrees). Pure
 * values with no I/O; depends on nothing else in Handover.
 */
package org.handover.engine.theater;
