package org.handover.app.web;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.handover.engine.HandoverException;
import org.handover.io.files.InputFiles;

/**
 * HTTPS from a PEM certificate chain and a PEM private key (PKCS#8, unencrypted: what {@code
 * openssl pkcs8 -topk8 -nocrypt} writes). With TLS the server listens on HTTPS only, and the
 * session cookie is marked Secure.
 */
final class Tls {

  private Tls() {}

  static void configure(JavalinConfig config, TlsFiles files, String host, int port) {
    KeyStore keys = keyStore(files);
    config.jetty.addConnector(
        (server, http) -> {
          SslContextFactory.Server ssl = new SslContextFactory.Server();
          ssl.setKeyStore(keys);
          ssl.setKeyStorePassword("");
          HttpConfiguration https = new HttpConfiguration(http);
          // no SNI host check: clients may use the address rather than the certificate's name,
          // and a browser checks the certificate against what it asked for anyway
          List<HttpConfiguration.Customizer> customizers = new ArrayList<>();
          http.getCustomizers().stream()
              .filter(c -> !(c instanceof SecureRequestCustomizer))
              .forEach(customizers::add);
          customizers.add(new SecureRequestCustomizer(false));
          https.setCustomizers(customizers);
          ServerConnector c =
              new ServerConnector(
                  server,
                  new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                  new HttpConnectionFactory(https));
          c.setHost(host);
          c.setPort(port);
          return c;
        });
  }

  static KeyStore keyStore(TlsFiles files) {
    try {
      Collection<? extends Certificate> chain;
      try (InputStream in = InputFiles.newInputStream(files.certificate())) {
        chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
      }
      if (chain.isEmpty()) {
        throw new HandoverException("--tls-cert " + files.certificate() + ": no certificate in it");
      }
      PrivateKey key = privateKey(files.key());
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("handover", key, new char[0], chain.toArray(new Certificate[0]));
      return ks;
    } catch (IOException e) {
      throw new HandoverException("cannot read the TLS files: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new HandoverException(
          "--tls-cert " + files.certificate() + ": not a PEM certificate chain: " + e.getMessage(),
          e);
    }
  }

  private static PrivateKey privateKey(Path file) throws IOException {
    String pem = new String(InputFiles.readConfig(file), StandardCharsets.US_ASCII);
    int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new HandoverException(
          "--tls-key "
              + file
              + ": not an unencrypted PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----); convert it"
              + " with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8");
    }
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end));
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new HandoverException("--tls-key " + file + ": not an RSA, EC or Ed25519 key");
  }
}
