package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from PEM files as openssl writes them, reached by address; a bad key is a clear error. */
class TlsTest {
  @TempDir Path dir;

  @Test
  void servesHttpsWithASecureCookieAndHsts() throws Exception {
    assertThat(Path.of("/usr/bin/openssl")).as("openssl (apt-get install openssl)").isExecutable();
    Path key = dir.resolve("key.pem");
    Path cert = dir.resolve("cert.pem");
    Process p =
        new ProcessBuilder(
                "/usr/bin/openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                key.toString(),
                "-out",
                cert.toString(),
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1")
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    KeyStore ks = Tls.keyStore(new TlsFiles(cert, key));
    X509Certificate served = (X509Certificate) ks.getCertificate("handover");
    assertThat(served.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");

    WebFixture web = WebFixture.get();
    try (WebServer tls =
        WebServer.start(
            new WebServer.Settings(
                web.server.storeForTests(),
                "iraq",
                web.benchmarkSet,
                "127.0.0.1",
                0,
                java.util.Optional.of(new TlsFiles(cert, key))))) {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("handover", served);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      HttpClient https = HttpClient.newBuilder().sslContext(ssl).build();
      HttpResponse<String> login =
          https.send(
              HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + tls.port() + "/api/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"user\":\"viewer\",\"password\":\"" + WebFixture.PASSWORD + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      assertThat(login.headers().firstValue("Set-Cookie"))
          .hasValueSatisfying(c -> assertThat(c).contains("Secure"));
      assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
  }

  @Test
  void aKeyThatIsNotPkcs8SaysHowToConvertIt() throws Exception {
    Path key = dir.resolve("key.pem");
    Files.writeString(
        key, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    Path cert = dir.resolve("cert.pem");
    Files.writeString(cert, "not a certificate");
    assertThatThrownBy(() -> Tls.keyStore(new TlsFiles(cert, key)))
        .hasMessageContaining("--tls-cert");
  }
}
