/**
 * The {@code handover} command line: one picocli command per step of the data flow, and the option
 * mixins they share ({@code StoreOptions}, {@code AsOfOption}, {@code ForecastOptions}, {@code
 * OutputOptions}). A command parses its options, asks the {@link org.handover.app.workspace} for a
 * result and hands it to an {@link org.handover.app.output} renderer: no formatting and no
 * computation here. Errors are sorted by kind ({@code ExitCodes}): a user error exits 2 with its
 * message, a bug 70 with its stack trace.
 *
 * <p>May depend on workspace, output, report, io and engine; nothing depends on it but {@code
 * Main}.
 */
package org.handover.app.cli;
