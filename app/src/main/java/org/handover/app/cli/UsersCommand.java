package org.handover.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.handover.app.output.TerminalText;
import org.handover.engine.HandoverException;
import org.handover.io.access.Role;
import org.handover.io.access.User;
import org.handover.io.access.Users;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The web application's users, from the command line: the first administrator starts here. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description =
        "Users of the web application (handover serve) and their roles: viewer, analyst,"
            + " host-signatory, partner-signatory, administrator. Every change is in the audit trail.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.SetRole.class,
      UsersCommand.Disable.class
    })
final class UsersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Adds a user; the password comes from the terminal (asked twice) or one line of stdin. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add a user. The password (at least 12 characters) is read from the terminal, asked twice,"
              + " or from the first line of standard input: echo \"$PW\" | handover users add NAME"
              + " --role analyst.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "NAME", description = "The user name.")
    String name;

    @ArgGroup(multiplicity = "1")
    RoleChoice role;

    static final class RoleChoice {
      @Option(
          names = "--role",
          paramLabel = "ROLE",
          description = "viewer, analyst, host-signatory, partner-signatory or administrator.")
      String role;

      @Option(names = "--admin", description = "Same as --role administrator.")
      boolean admin;

      Role role() {
        return admin ? Role.ADMINISTRATOR : Role.parse(role);
      }
    }

    @Override
    public Integer call() throws IOException {
      Role r = role.role();
      Users.checkName(name);
      char[] password = readPassword(spec.commandLine().getErr());
      try (Store s = store.openForWriting(spec.commandLine().getErr())) {
        User u = Users.add(s, name, r, password, AuditLog.commandLineActor());
        PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
        out.println("added user " + u.name() + " (" + u.role().id() + ")");
        out.flush();
      } finally {
        Arrays.fill(password, '\0');
      }
      return 0;
    }
  }

  static char[] readPassword(PrintWriter err) throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] first = console.readPassword("password: ");
      char[] second = console.readPassword("again: ");
      if (first == null || second == null || !Arrays.equals(first, second)) {
        throw new HandoverException("the two passwords differ: nothing was changed");
      }
      Arrays.fill(second, '\0');
      return first;
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null || line.isEmpty()) {
      throw new HandoverException(
          "no password on standard input: give it as the first line (nothing was changed)");
    }
    return line.toCharArray();
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and roles.")
  static final class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
      try (Store s = store.open(spec.commandLine().getErr())) {
        for (User u : Users.all(s)) {
          out.println(
              u.name()
                  + "\t"
                  + u.role().id()
                  + (u.disabled() ? "\tdisabled" : "")
                  + "\t"
                  + u.createdAt());
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
  static final class SetRole implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "ROLE")
    String role;

    @Override
    public Integer call() {
      Role r = Role.parse(role);
      try (Store s = store.openForWriting(spec.commandLine().getErr())) {
        User u = Users.setRole(s, name, r, AuditLog.commandLineActor());
        PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
        out.println("user " + u.name() + " is now " + u.role().id());
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disable a user (their sessions end), or enable one again with --enable.")
  static final class Disable implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--enable", description = "Enable the user again.")
    boolean enable;

    @Override
    public Integer call() {
      try (Store s = store.openForWriting(spec.commandLine().getErr())) {
        User u = Users.setDisabled(s, name, !enable, AuditLog.commandLineActor());
        PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
        out.println("user " + u.name() + (u.disabled() ? " is disabled" : " is enabled"));
        out.flush();
      }
      return 0;
    }
  }
}
