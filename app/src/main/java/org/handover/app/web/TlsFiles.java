package org.handover.app.web;

import java.nio.file.Path;
import java.util.Objects;

/** The PEM certificate chain and private key the server serves HTTPS with. */
public record TlsFiles(Path certificate, Path key) {
  public TlsFiles {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(key, "key");
  }
}
