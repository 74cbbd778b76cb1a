/**
 * Derives regional values from national figures, for theaters where no public source gives them per
 * region ({@link org.handover.engine.derivation.NationalSplit}): a national total split over
 * regions by population share, in whole units, and a dated step rule for a 0/1 governance measure
 * ({@link org.handover.engine.derivation.GovernanceRule}). The results are not observations: every
 * {@link org.handover.engine.derivation.DerivedValue} carries a note saying how it was made, and
 * the data built from them are labelled illustrative.
 *
 * <p>Depends on nothing else in Handover (only the JDK).
 */
package org.handover.engine.derivation;
