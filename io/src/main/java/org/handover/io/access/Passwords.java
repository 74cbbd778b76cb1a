package org.handover.io.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.handover.engine.HandoverException;

/**
 * Passwords hashed with Argon2id (Bouncy Castle), stored in the PHC string format. The cost is
 * OWASP's recommended minimum (19 MiB, 2 passes, 1 lane); each stored hash carries its own
 * parameters, so raising them later leaves old hashes verifiable.
 */
public final class Passwords {
  /** Shorter passwords are refused; longer than the maximum too (hashing cost is per byte). */
  public static final int MIN_LENGTH = 12;

  public static final int MAX_LENGTH = 1024;

  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int LANES = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** Refuses a password too short or too long, saying which. */
  public static void checkAcceptable(char[] password) {
    if (password.length < MIN_LENGTH) {
      throw new HandoverException(
          "the password is too short: at least " + MIN_LENGTH + " characters are needed");
    }
    if (password.length > MAX_LENGTH) {
      throw new HandoverException(
          "the password is too long: at most " + MAX_LENGTH + " characters are allowed");
    }
  }

  /** The PHC string of {@code password} with a fresh random salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, LANES);
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + LANES
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(out);
  }

  /** Whether {@code password} matches {@code encoded}; false for anything not a PHC string. */
  public static boolean verify(char[] password, String encoded) {
    Matcher m = PHC.matcher(encoded);
    if (!m.matches() || password.length > MAX_LENGTH) {
      return false;
    }
    int memory = Integer.parseInt(m.group(1));
    int iterations = Integer.parseInt(m.group(2));
    int lanes = Integer.parseInt(m.group(3));
    if (memory > 1 << 20 || iterations < 1 || lanes < 1) {
      return false;
    }
    byte[] salt = B64D.decode(m.group(4));
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual = derive(password, salt, memory, iterations, lanes);
    return MessageDigest.isEqual(expected, actual);
  }

  /** A hash of a random password, to spend the same time on an unknown user as on a known one. */
  static String decoy() {
    char[] random = new char[MIN_LENGTH];
    Arrays.fill(random, 'x');
    return hash(random);
  }

  private static byte[] derive(
      char[] password, byte[] salt, int memory, int iterations, int lanes) {
    Argon2Parameters p =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memory)
            .withIterations(iterations)
            .withParallelism(lanes)
            .build();
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(p);
    byte[] out = new byte[HASH_BYTES];
    byte[] utf8 = new String(password).getBytes(StandardCharsets.UTF_8);
    try {
      g.generateBytes(utf8, out);
    } finally {
      Arrays.fill(utf8, (byte) 0);
    }
    return out;
  }
}
