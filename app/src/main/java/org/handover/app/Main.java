package org.handover.app;

import org.handover.app.cli.HandoverCommand;

/** Entry point of the {@code handover} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(HandoverCommand.commandLine().execute(args));
  }
}
