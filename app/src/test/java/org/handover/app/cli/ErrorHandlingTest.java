package org.handover.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.handover.engine.HandoverException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Exit codes by kind of failure: a user error ends with its message, a bug with its stack trace.
 */
class ErrorHandlingTest {
  record Run(int exit, String out, String err) {}

  /** A stand-in subcommand that fails the way it is told to. */
  @Command(name = "fail")
  static final class Fail implements Callable<Integer> {
    @Option(names = "--with")
    String with;

    @Option(names = "--count")
    int count;

    @Override
    public Integer call() throws Exception {
      switch (with) {
        case "user" -> throw new HandoverException("no region 'Atlantis' in theater iraq");
        case "file" -> throw new NoSuchFileException("/no/such/benchmarks.yaml");
        case "npe" -> throw new NullPointerException("a bug");
        case "state" -> throw new IllegalStateException("an impossible state");
        case "oom" -> throw new OutOfMemoryError("Java heap space");
        case "oom-in-worker" ->
            throw new java.util.concurrent.CompletionException(
                new OutOfMemoryError("Java heap space"));
        default -> {
          return 0;
        }
      }
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = HandoverCommand.commandLine();
    cl.addSubcommand(new Fail());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void aUserErrorExitsTwoWithItsMessageOnly() {
    Run r = run("fail", "--with", "user");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("handover: no region 'Atlantis' in theater iraq" + System.lineSeparator());
  }

  @Test
  void aMissingFileIsAUserError() {
    Run r = run("fail", "--with", "file");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("handover: no such file: /no/such/benchmarks.yaml")
        .doesNotContain("\tat ");
  }

  @Test
  void aBugExitsSeventyWithItsStackTrace() {
    for (String kind : new String[] {"npe", "state"}) {
      Run r = run("fail", "--with", kind);
      assertThat(r.exit()).as(kind).isEqualTo(70);
      assertThat(r.err())
          .as(kind)
          .contains(
              "Exception: ",
              "\tat org.handover.app.cli.ErrorHandlingTest$Fail.call",
              "This is a bug in Handover",
              "please report it");
    }
  }

  @Test
  void runningOutOfMemoryExitsSeventyOneWithOneLineOfAdvice() {
    for (String kind : new String[] {"oom", "oom-in-worker"}) {
      Run r = run("fail", "--with", kind);
      assertThat(r.exit()).as(kind).isEqualTo(71);
      assertThat(r.err())
          .as(kind)
          .startsWith("handover: out of memory: this run needs more than the ")
          .contains(" MB Java may use", "--paths", "HANDOVER_JAVA_OPTS=-Xmx")
          .doesNotContain("\tat ", "bug");
      assertThat(r.err().lines()).as(kind).hasSize(1);
    }
  }

  @Test
  void aBadOptionValueExitsTwoWithTheUsage() {
    Run r = run("fail", "--count", "many");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("Invalid value for option '--count'", "Usage: handover fail")
        .doesNotContain("\tat ");
  }

  @Test
  void aPermissionErrorSaysWhatWasAttemptedThePathAndWhy() {
    // Java's message is the bare path
    assertThat(ExitCodes.message(new java.nio.file.AccessDeniedException("/data/x.csv")))
        .isEqualTo("cannot access /data/x.csv: permission denied");
    assertThat(
            ExitCodes.message(
                new UncheckedIOException(
                    "cannot read /data/x.csv",
                    new java.nio.file.AccessDeniedException("/data/x.csv"))))
        .isEqualTo("cannot read /data/x.csv: permission denied");
  }

  @Test
  void theMapperSortsFailuresByKind() {
    ExitCodes codes = new ExitCodes();
    CommandLine cl = new CommandLine(new Fail());
    assertThat(codes.getExitCode(new HandoverException("bad data"))).isEqualTo(2);
    assertThat(codes.getExitCode(new ParameterException(cl, "bad option"))).isEqualTo(2);
    assertThat(codes.getExitCode(new NoSuchFileException("x"))).isEqualTo(2);
    assertThat(codes.getExitCode(new UncheckedIOException(new NoSuchFileException("x"))))
        .isEqualTo(2);
    assertThat(codes.getExitCode(new NullPointerException())).isEqualTo(70);
    assertThat(codes.getExitCode(new IllegalArgumentException("a broken precondition")))
        .isEqualTo(70);
  }

  @Test
  void theRootHelpListsTheExitCodes() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "Exit codes:",
            "  0    success",
            "  2    a user error",
            "  70   a bug in Handover",
            "  71   out of memory");
  }
}
