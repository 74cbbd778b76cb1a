package org.handover.app.cli;

import picocli.CommandLine.Option;

/** The user's permission to replace existing output files: shared by every command that writes. */
final class ForceOption {
  @Option(
      names = "--force",
      description =
          "Replace existing output files (or write into a device or FIFO). Without it a command"
              + " refuses to overwrite anything; it never writes over its database or inputs.")
  boolean force;
}
