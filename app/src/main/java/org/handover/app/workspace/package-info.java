/**
 * What a command works on: {@link org.handover.app.workspace.Workspace}, a theater loaded from the
 * store and judged against a benchmark set; {@link org.handover.app.workspace.ForecastRun}, its
 * forecasts, outlooks and backtests with their defaults; {@link
 * org.handover.app.workspace.Decisions}, its recommendations measured against a decision ledger;
 * and where Handover's own files are ({@link org.handover.app.workspace.Home}, {@link
 * org.handover.app.workspace.BuiltInExample}).
 *
 * <p>Depends on io and engine only: no picocli and no printing, so the bench and tests use it
 * directly.
 */
package org.handover.app.workspace;
