/**
 * The data everything else reads: a {@link org.handover.engine.panel.Panel} of named variables,
 * each a region × month array of values (NaN for no data) with its kind and whether it is
 * illustrative.
 *
 * <p>Depends on {@code theater} and {@code time} only.
 */
package org.handover.engine.panel;
