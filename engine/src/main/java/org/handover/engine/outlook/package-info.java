/**
 * The outlook: the chance that each region is ready for its next stage by each future month (by the
 * recommendation rule: the stage's conditions held for its {@code promote_after} months), from
 * running the benchmark set over forecast sample paths (with the caller's indicators computed on
 * each path) and counting, per region and month, the paths on which the region is ready.
 *
 * <p>Depends on {@code assessment} (through the public {@code Assessor} and {@code Evaluation}
 * only), {@code benchmark}, the forecast core ({@code org.handover.engine.forecast}, not a model
 * package), {@code panel}, {@code theater}, {@code time} and {@code provenance}.
 */
package org.handover.engine.outlook;
