package org.handover.io.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.handover.engine.HandoverException;
import org.handover.io.audit.AuditEntry;
import org.handover.io.audit.AuditLog;
import org.handover.io.store.Store;
import org.junit.jupiter.api.Test;

/** Users, passwords and sessions in a store, each change audited. */
class UsersTest {
  static final char[] PASSWORD = "correct horse battery".toCharArray();

  @Test
  void passwordsAreArgon2idWithTheirOwnSaltAndVerifyOnlyThemselves() {
    String a = Passwords.hash(PASSWORD);
    String b = Passwords.hash(PASSWORD);
    assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(b);
    assertThat(Passwords.verify(PASSWORD, a)).isTrue();
    assertThat(Passwords.verify("correct horse battery!".toCharArray(), a)).isFalse();
    assertThat(Passwords.verify(PASSWORD, "not a hash")).isFalse();
    assertThat(Passwords.verify(PASSWORD, a.replace("m=19456", "m=99999999"))).isFalse();
  }

  @Test
  void badNamesAndShortPasswordsAreRefused() {
    Store s = Store.inMemory();
    assertThatThrownBy(() -> Users.add(s, "../x", Role.VIEWER, PASSWORD, "t"))
        .isInstanceOf(HandoverException.class)
        .hasMessageContaining("bad user name");
    assertThatThrownBy(() -> Users.add(s, "bob", Role.VIEWER, "short".toCharArray(), "t"))
        .hasMessageContaining("at least 12 characters");
    assertThat(Users.any(s)).isFalse();
    assertThat(AuditLog.entries(s)).isEmpty();
  }

  @Test
  void addingAuthenticatingAndChangingARoleAreAudited() {
    Store s = Store.inMemory();
    Users.add(s, "bob", Role.ANALYST, PASSWORD, "alice");
    assertThatThrownBy(() -> Users.add(s, "bob", Role.VIEWER, PASSWORD, "alice"))
        .hasMessageContaining("exists already");
    assertThat(Users.authenticate(s, "bob", PASSWORD)).map(User::role).hasValue(Role.ANALYST);
    assertThat(Users.authenticate(s, "bob", "wrong password!".toCharArray())).isEmpty();
    assertThat(Users.authenticate(s, "nobody", PASSWORD)).isEmpty();
    Users.setRole(s, "bob", Role.HOST_SIGNATORY, "alice");
    Users.setDisabled(s, "bob", true, "alice");
    assertThat(Users.authenticate(s, "bob", PASSWORD)).isEmpty();
    List<AuditEntry> log = AuditLog.entries(s);
    assertThat(log)
        .extracting(AuditEntry::action)
        .containsExactly("user-add", "role-change", "user-disable");
    assertThat(log.get(1).details()).isEqualTo("{\"from\":\"analyst\",\"to\":\"host-signatory\"}");
    assertThat(log).extracting(AuditEntry::actor).containsOnly("alice");
    assertThat(AuditLog.verify(s)).isEmpty();
  }

  @Test
  void aSessionIsFoundByItsTokenOnlyWhileItLastsAndItsUserIsEnabled() {
    Store s = Store.inMemory();
    User bob = Users.add(s, "bob", Role.VIEWER, PASSWORD, "t");
    Session session = Sessions.create(s, bob, Duration.ofHours(1), "127.0.0.1");
    assertThat(Sessions.find(s, session.token())).map(x -> x.user().name()).hasValue("bob");
    assertThat(Sessions.find(s, session.token() + "x")).isEmpty();
    assertThat(s.strings("SELECT token_sha256 FROM sessions")).doesNotContain(session.token());
    Session expired = Sessions.create(s, bob, Duration.ofMillis(-1), "127.0.0.1");
    assertThat(Sessions.find(s, expired.token())).isEmpty();
    Users.setDisabled(s, "bob", true, "t");
    assertThat(Sessions.find(s, session.token())).isEmpty();
  }

  @Test
  void rolesKeepDutiesApart() {
    assertThat(Role.ADMINISTRATOR.permits(Role.Permission.READ)).isFalse();
    assertThat(Role.ADMINISTRATOR.permits(Role.Permission.SIGN_HOST)).isFalse();
    assertThat(Role.HOST_SIGNATORY.permits(Role.Permission.SIGN_PARTNER)).isFalse();
    assertThat(Role.VIEWER.permits(Role.Permission.ANALYSE)).isFalse();
    assertThat(Role.parse("partner-signatory")).isEqualTo(Role.PARTNER_SIGNATORY);
    assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("unknown role 'root'");
  }
}
