/**
 * The indicator language: expressions over panel variables (lexer, parser, printer, evaluator,
 * built-in functions over time and across neighbouring regions), and the {@link
 * org.handover.engine.indicator.IndicatorCalculator} that adds a benchmark set's indicator columns
 * to a panel in dependency order.
 *
 * <p>Depends on {@code benchmark} (indicator definitions), {@code panel}, {@code theater} and the
 * engine's base exception; not on {@code assessment}, {@code forecast} or {@code outlook}.
 */
package org.handover.engine.indicator;
