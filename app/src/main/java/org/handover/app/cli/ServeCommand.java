package org.handover.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.handover.app.output.TerminalText;
import org.handover.app.web.WebServer;
import org.handover.io.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The web application over the store, until stopped (Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the web application (dashboard, region pages, ledger, comparisons, the REST API and"
            + " its OpenAPI document at /openapi.json) over the database, until stopped with"
            + " Ctrl-C. The server holds the database: other handover commands wait until it"
            + " stops (they say so). On a database without users it prints a one-time code that"
            + " creates the first administrator.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every"
              + " interface, which wants --tls-cert and --tls-key).")
  String host;

  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description = "PEM certificate chain: serve HTTPS only (with --tls-key).")
  Path tlsCert;

  @Option(
      names = "--tls-key",
      paramLabel = "FILE",
      description = "PEM private key, unencrypted PKCS#8 (with --tls-cert).")
  Path tlsKey;

  @Option(
      names = "--audit-anchor",
      paramLabel = "FILE",
      description =
          "Keep the audit trail's anchor in FILE (as handover audit anchor writes it), renewed"
              + " after every change; at start the trail must match the anchor already there."
              + " Keep FILE where whoever can write the database cannot.")
  Path auditAnchor;

  @Override
  public Integer call() throws InterruptedException {
    OptionChecks.between(spec, "--port", port, 0, 65535);
    if ((tlsCert == null) != (tlsKey == null)) {
      throw new ParameterException(
          spec.commandLine(), "--tls-cert and --tls-key go together: give both or neither");
    }
    Optional<org.handover.app.web.TlsFiles> tls =
        tlsCert == null
            ? Optional.empty()
            : Optional.of(new org.handover.app.web.TlsFiles(tlsCert, tlsKey));
    PrintWriter out = TerminalText.safe(spec.commandLine().getOut());
    Store s = store.openForWriting(spec.commandLine().getErr());
    WebServer server;
    try {
      String theater = store.theater(s);
      server =
          WebServer.start(
              new WebServer.Settings(
                  s,
                  theater,
                  store.benchmarkSet(s, theater),
                  host,
                  port,
                  tls,
                  Optional.ofNullable(auditAnchor)));
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    String url = (tls.isPresent() ? "https://" : "http://") + host + ":" + server.port();
    out.println("handover: serving " + store.database() + " at " + url + " (Ctrl-C stops)");
    server
        .setupCode()
        .ifPresent(
            code -> {
              out.println(
                  "handover: the database has no users yet. Create the first administrator:");
              out.println("  open " + url + "/login and enter this one-time code: " + code);
              out.println(
                  "  (or stop the server and run: handover users add NAME --admin"
                      + (store.db == null ? "" : " --db " + store.db)
                      + ")");
            });
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  s.close();
                  stopped.countDown();
                },
                "handover-serve-stop"));
    stopped.await();
    return 0;
  }
}
