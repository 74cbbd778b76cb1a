package org.handover.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.handover.engine.HandoverException;

/**
 * What a command may write, and the one way it writes a file. The rules:
 *
 * <ul>
 *   <li>never the database or an input of the same command, whatever the options: the command holds
 *       them open, and an output there would destroy what it reads;
 *   <li>an existing file, device, FIFO or socket only with {@code --force}: Handover cannot tell a
 *       file it wrote from one it did not, so it asks, unless the output carries a mark of its own
 *       ({@link #replacingOwn}: the report does); {@code /dev/null} is always allowed;
 *   <li>never a folder where a file is expected.
 * </ul>
 *
 * <p>A file is written to a temporary sibling and moved over the target when complete, so a failure
 * (a full disk) leaves the old file, or none, and never half of one. A device or FIFO (with {@code
 * --force}) receives the finished bytes in one copy: it is written into, never replaced by a
 * regular file.
 */
public final class OutputGuard {
  /** Writes a whole output into {@code file} (a fresh path), failing loudly on any error. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Path file) throws IOException;
  }

  private static final Path DEV_NULL = Path.of("/dev/null");

  private record Kept(Path file, String role) {}

  /** How much of an existing file {@link #replacingOwn} looks at. */
  private static final int MARK_WITHIN = 4096;

  private final boolean force;
  private final List<Kept> kept;
  private final Predicate<String> ownHead;

  private OutputGuard(boolean force, List<Kept> kept, Predicate<String> ownHead) {
    this.force = force;
    this.kept = List.copyOf(kept);
    this.ownHead = ownHead;
  }

  /** A guard that replaces existing files only when {@code force} (the user's --force) is set. */
  public static OutputGuard of(boolean force) {
    return new OutputGuard(force, List.of(), null);
  }

  /**
   * This guard, also replacing without --force an existing regular file whose first 4 KiB {@code
   * ownHead} recognises as an output Handover wrote (the report's generator tag, a rejects file's
   * header), so running the same command again just renews it.
   */
  public OutputGuard replacingOwn(Predicate<String> ownHead) {
    return new OutputGuard(force, kept, ownHead);
  }

  public boolean force() {
    return force;
  }

  /**
   * This guard, also keeping {@code file} from being written; {@code role} says what it is in the
   * refusal ("an input of this command").
   */
  public OutputGuard keeping(Path file, String role) {
    List<Kept> more = new ArrayList<>(kept);
    more.add(new Kept(file.toAbsolutePath().normalize(), role));
    return new OutputGuard(force, more, ownHead);
  }

  /** This guard, also keeping the database {@code file} and its write-ahead log. */
  public OutputGuard keepingDatabase(Path file) {
    return keeping(file, "the database this command uses")
        .keeping(Path.of(file + ".wal"), "the write-ahead log of the database this command uses");
  }

  /** Refuses {@code target} with a message naming it, the rule and the way out. */
  public void check(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    for (Kept k : kept) {
      if (same(abs, k.file())) {
        throw refuse(
            target,
            "it is "
                + k.role()
                + ", and Handover never writes over the database or an input of the same command"
                + " (not even with --force); choose another file");
      }
    }
    if (abs.equals(DEV_NULL)) {
      return;
    }
    BasicFileAttributes a = attributes(abs);
    if (a == null) {
      return;
    }
    if (a.isDirectory()) {
      throw refuse(target, "it is a folder; give a file name");
    }
    if (force || (a.isRegularFile() && carriesOwnMark(abs))) {
      return;
    }
    if (a.isRegularFile()) {
      throw refuse(
          target,
          "the file exists, and Handover replaces an existing file only when told to; add --force"
              + " to replace it, or choose a new file");
    }
    throw refuse(
        target,
        "it is a device, FIFO or socket, not a regular file; add --force to write into it, or"
            + " choose a file");
  }

  /**
   * Refuses to write into the existing folder {@code dir} when it holds anything, unless forced: a
   * command that writes many files (export) checks this before writing the first.
   */
  public void checkFolder(Path dir) {
    BasicFileAttributes a = attributes(dir.toAbsolutePath());
    if (a == null) {
      return;
    }
    if (!a.isDirectory()) {
      throw refuse(dir, "it exists and is not a folder; give a folder");
    }
    if (force) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      if (entries.iterator().hasNext()) {
        throw refuse(
            dir,
            "the folder is not empty, and Handover replaces existing files only when told to; add"
                + " --force to write into it, or choose a new or empty folder");
      }
    } catch (IOException e) {
      throw new HandoverException("cannot read folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks {@code target}, then has {@code body} write the whole output to a temporary file and
   * puts it in place.
   *
   * @return {@code target}
   */
  public Path write(Path target, Body body) {
    check(target);
    Path abs = target.toAbsolutePath().normalize();
    try {
      if (abs.equals(DEV_NULL)) {
        staged(Files.createTempFile("handover-", ".out"), body, tmp -> {});
        return target;
      }
      BasicFileAttributes a = attributes(abs);
      if (a != null && !a.isRegularFile()) {
        // a device or FIFO, allowed by --force: written into, never replaced
        staged(Files.createTempFile("handover-", ".out"), body, tmp -> copyInto(tmp, abs));
        return target;
      }
      // through a symbolic link to the file it names, which stays a link
      Path real = a == null ? abs : abs.toRealPath();
      Path dir = real.getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve(".handover-" + UUID.randomUUID() + "-" + real.getFileName());
      staged(
          tmp,
          body,
          t ->
              Files.move(
                  t, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
      return target;
    } catch (IOException e) {
      throw new HandoverException(
          "cannot write " + target + ": " + reason(e) + "; nothing was written", e);
    }
  }

  /** Whether the regular file {@code p} starts as an output this guard may renew. */
  private boolean carriesOwnMark(Path p) {
    if (ownHead == null) {
      return false;
    }
    try (InputStream in = Files.newInputStream(p)) {
      return ownHead.test(new String(in.readNBytes(MARK_WITHIN), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return false;
    }
  }

  /** Why, without the temporary file's name, which Java puts in a file system error. */
  private static String reason(IOException e) {
    return FileAccess.reason(e);
  }

  private interface Commit {
    void accept(Path tmp) throws IOException;
  }

  private static void staged(Path tmp, Body body, Commit commit) throws IOException {
    try {
      body.writeTo(tmp);
      commit.accept(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void copyInto(Path tmp, Path device) throws IOException {
    try (InputStream in = Files.newInputStream(tmp);
        OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
      in.transferTo(out);
    }
  }

  private static boolean same(Path a, Path b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new HandoverException("cannot write " + p + ": " + reason(e), e);
    }
  }

  private static FileRefusal refuse(Path target, String why) {
    return new FileRefusal(target, "refusing to write " + target + ": " + why);
  }
}
