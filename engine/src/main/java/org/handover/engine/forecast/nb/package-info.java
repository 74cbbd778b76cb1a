/**
 * The negative-binomial (NB2) dynamic regression of monthly counts per region: the specification
 * ({@link org.handover.engine.forecast.nb.NegativeBinomialOptions}, with its mean and dispersion
 * terms), the weighted maximum-likelihood fit by Newton's method, and the path sampler. Only {@link
 * org.handover.engine.forecast.nb.NegativeBinomialModel} and its options are public; the
 * covariates, design, likelihood and maximiser are implementation.
 *
 * <p>Depends on the forecast core ({@code org.handover.engine.forecast}), {@code theater} and
 * Hipparchus; never on {@code forecast.evaluation}. See docs/forecast-model.md.
 */
package org.handover.engine.forecast.nb;
