/**
 * Plans as stored, versioned objects that both parties sign: {@link org.handover.io.plan.PlanStore}
 * keeps their versions, proposals and signatures, and appends an agreed version's transitions to
 * the PLANNED decision ledger in the same transaction; {@link org.handover.io.plan.PlanFile} reads
 * a plan document, {@link org.handover.io.plan.PlanJson} gives its canonical form and {@link
 * org.handover.io.plan.JsonDiff} compares two documents by JSON pointer. The rules themselves are
 * the engine's ({@link org.handover.engine.plan.SignOff}).
 */
package org.handover.io.plan;
