package org.handover.engine.forecast;

import java.io.Serializable;

/**
 * How a fit ended.
 *
 * @param converged true when the stopping rule was met (not merely the iteration limit)
 * @param iterations Newton iterations used
 * @param newtonDecrement half the squared Newton decrement at the end: the predicted gain in
 *     log-likelihood of one more full step
 * @param message one line for people ("converged", "iteration limit reached", ...)
 */
public record Convergence(boolean converged, int iterations, double newtonDecrement, String message)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static Convergence notIterative(String why) {
    return new Convergence(true, 0, 0, why);
  }
}
