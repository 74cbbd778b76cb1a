package org.handover.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.handover.io.audit.AnchorException;
import org.handover.io.audit.AuditAnchor;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve --audit-anchor: the server writes the anchor at start and renews it after each change it
 * audits, and does not start over a trail that was cut short or rewritten since the anchor.
 */
class AuditAnchorWebTest {
  static WebFixture web;
  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.get();
  }

  @Test
  void theServerKeepsTheAnchorAtTheEndOfTheTrail() throws Exception {
    Store store = web.server.storeForTests();
    Path anchor = dir.resolve("anchor.json");
    // a second server over the fixture's store, which the first leaves idle meanwhile
    try (WebServer second =
        WebServer.start(
            new WebServer.Settings(
                store,
                "iraq",
                web.benchmarkSet,
                "127.0.0.1",
                0,
                Optional.empty(),
                Optional.of(anchor)))) {
      AuditLog.Head head = AuditLog.head(store);
      assertThat(AuditAnchor.read(anchor).lastSeq()).isEqualTo(head.seq());
      assertThat(AuditAnchor.read(anchor).lastHash()).isEqualTo(head.hash());

      HttpResponse<String> failed =
          web.http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + second.port() + "/api/login"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"user\":\"viewer\",\"password\":\"not the password\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(failed.statusCode()).isEqualTo(401);
      AuditLog.Head after = AuditLog.head(store);
      assertThat(after.seq()).isEqualTo(head.seq() + 1);
      AuditAnchor renewed = AuditAnchor.read(anchor);
      assertThat(renewed.lastSeq()).isEqualTo(after.seq());
      assertThat(renewed.lastHash()).isEqualTo(after.hash());
      assertThat(renewed.mismatch(store)).isEmpty();
    }
  }

  @Test
  void theServerDoesNotStartOverATrailThatDoesNotMatchItsAnchor() throws Exception {
    Store store = web.server.storeForTests();
    AuditLog.Head head = AuditLog.head(store);
    Path cut = dir.resolve("cut.json");
    Files.writeString(
        cut,
        new AuditAnchor(head.seq() + 3, head.seq() + 3, "a".repeat(64), "2026-01-01T00:00:00Z", "")
            .json());
    SharedStore shared = new SharedStore(store);
    assertThatThrownBy(() -> AnchorKeeper.start(shared, cut))
        .isInstanceOf(AnchorException.class)
        .hasMessageContaining("does not match the anchor")
        .hasMessageContaining("were removed");
    Path rewritten = dir.resolve("rewritten.json");
    Files.writeString(
        rewritten,
        new AuditAnchor(head.seq(), head.seq(), "b".repeat(64), "2026-01-01T00:00:00Z", "").json());
    assertThatThrownBy(() -> AnchorKeeper.start(shared, rewritten))
        .isInstanceOf(AnchorException.class)
        .hasMessageContaining("was rewritten");
    // the anchors are left as they were, for whoever investigates
    assertThat(AuditAnchor.read(rewritten).lastHash()).isEqualTo("b".repeat(64));
  }
}
