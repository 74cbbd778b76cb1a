package org.handover.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.handover.io.audit.AnchorException;
import org.handover.io.audit.AuditAnchor;
import org.handover.io.audit.AuditLog;
import org.handover.io.files.OutputGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the audit trail's anchor file ({@code serve --audit-anchor FILE}) up to date: checked at
 * start against the trail (a server does not start over a trail cut short or rewritten since its
 * anchor), then renewed after every request that appended to the trail, once the change has been
 * committed.
 */
final class AnchorKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(AnchorKeeper.class);

  private final SharedStore store;
  private final Path file;
  private final OutputGuard guard;
  private long written = -1;

  private AnchorKeeper(SharedStore store, Path file, OutputGuard guard) {
    this.store = store;
    this.file = file;
    this.guard = guard;
  }

  /**
   * Checks the trail against the anchor in {@code file}, if there is one, and writes it anew.
   *
   * @throws AnchorException when the trail's chain is broken or does not match the anchor
   */
  static AnchorKeeper start(SharedStore store, Path file) {
    OutputGuard guard =
        OutputGuard.of(false)
            .keepingDatabase(store.unsafe().file())
            .replacingOwn(AuditAnchor::isAnchor);
    guard.check(file);
    Optional<AuditAnchor> before =
        Files.exists(file) ? Optional.of(AuditAnchor.read(file)) : Optional.empty();
    store.with(
        s -> {
          Optional<AuditLog.Break> broken = AuditLog.verify(s);
          if (broken.isPresent()) {
            throw new AnchorException(
                "the audit trail is broken at entry "
                    + broken.get().seq()
                    + ": "
                    + broken.get().reason()
                    + "; not serving it");
          }
          Optional<String> mismatch = before.flatMap(a -> a.mismatch(s));
          if (mismatch.isPresent()) {
            throw new AnchorException(
                "the audit trail does not match the anchor "
                    + file
                    + ": "
                    + mismatch.get()
                    + "; not serving it (move the anchor away to start anyway, once you know"
                    + " why)");
          }
          return null;
        });
    AnchorKeeper keeper = new AnchorKeeper(store, file, guard);
    keeper.update();
    return keeper;
  }

  /** Writes the anchor if the trail has grown since it was last written. */
  void update() {
    store.with(
        s -> {
          AuditLog.Head head = AuditLog.head(s);
          if (head.seq() != written) {
            try {
              AuditAnchor.of(s, Clock.systemUTC()).write(file, guard);
              written = head.seq();
            } catch (RuntimeException e) {
              // the change is committed already; the next change tries again
              LOG.error("cannot write the audit anchor {}", file, e);
            }
          }
          return null;
        });
  }
}
