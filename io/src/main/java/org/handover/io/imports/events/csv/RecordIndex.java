package org.handover.io.imports.events.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.handover.io.files.InputFiles;

/**
 * Where the records of a CSV file start, built in the same single pass that computes the file's
 * SHA-256 (run beside DuckDB's own read, so it costs no extra wall time on a second core). Records
 * are split as RFC 4180 and DuckDB split them: a quoted field may hold line breaks, blank lines are
 * no records. Only every {@value #STRIDE}th record's start is kept (a few hundred kB for ten
 * million records); finding any other record re-reads at most {@value #STRIDE} records from the
 * nearest checkpoint.
 */
public final class RecordIndex {
  static final int STRIDE = 256;

  private final Path file;
  private final char delimiter;
  private final long[] offsets;
  private final long[] lines;
  private final long records;
  private final String sha256;

  /** One record: its byte range in the file and the physical line it starts on (1-based). */
  public record Span(long index, long start, long end, long line) {}

  private RecordIndex(
      Path file, char delimiter, long[] offsets, long[] lines, long records, String sha256) {
    this.file = file;
    this.delimiter = delimiter;
    this.offsets = offsets;
    this.lines = lines;
    this.records = records;
    this.sha256 = sha256;
  }

  /** Scans {@code file}, hashing it when {@code hash} is true. */
  public static RecordIndex build(Path file, char delimiter, boolean hash) {
    MessageDigest md = hash ? sha256Digest() : null;
    Scanner s = new Scanner((byte) delimiter, 0, 1);
    byte[] buf = new byte[1 << 20];
    try (InputStream in = InputFiles.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (md != null) {
          md.update(buf, 0, n);
        }
        s.feedFast(buf, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    s.finish();
    return new RecordIndex(
        file,
        delimiter,
        Arrays.copyOf(s.checkpointOffsets, s.checkpoints),
        Arrays.copyOf(s.checkpointLines, s.checkpoints),
        s.records,
        md == null ? null : HexFormat.of().formatHex(md.digest()));
  }

  public String sha256() {
    return sha256;
  }

  public long records() {
    return records;
  }

  /** Offset and line of every {@value #STRIDE}th record, as pairs (for tests). */
  public List<List<Long>> checkpoints() {
    List<List<Long>> out = new ArrayList<>();
    for (int k = 0; k < offsets.length; k++) {
      out.add(List.of(offsets[k], lines[k]));
    }
    return out;
  }

  /** The record with 0-based index {@code index} among the file's non-blank records. */
  public Span record(long index) {
    if (index < 0 || index >= records) {
      throw new IndexOutOfBoundsException("record " + index + " of " + records);
    }
    int k = (int) (index / STRIDE);
    return scanFrom(k * (long) STRIDE, offsets[k], lines[k], index);
  }

  /** The index of the record starting at byte {@code offset}, or -1 if none starts there. */
  public long indexAt(long offset) {
    int k = Arrays.binarySearch(offsets, offset);
    if (k >= 0) {
      return (long) k * STRIDE;
    }
    k = -k - 2;
    if (k < 0) {
      return -1;
    }
    long from = (long) k * STRIDE;
    for (long i = from; i < Math.min(records, from + STRIDE); i++) {
      Span span = scanFrom(from, offsets[k], lines[k], i);
      if (span.start() == offset) {
        return i;
      }
      if (span.start() > offset) {
        return -1;
      }
    }
    return -1;
  }

  /** The text of a record (UTF-8), without its line break. */
  public String text(Span span) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      byte[] bytes = new byte[(int) (span.end() - span.start())];
      raf.seek(span.start());
      raf.readFully(bytes);
      String s = new String(bytes, StandardCharsets.UTF_8);
      return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private Span scanFrom(long firstIndex, long offset, long line, long wanted) {
    Scanner s = new Scanner((byte) delimiter, offset, line);
    s.records = firstIndex;
    s.stopAfter = wanted;
    byte[] buf = new byte[1 << 16];
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      raf.seek(offset);
      int n;
      while (s.found == null && (n = raf.read(buf)) > 0) {
        s.feed(buf, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (s.found == null) {
      s.finish();
    }
    return s.found;
  }

  /** The RFC 4180 state machine, fed buffer by buffer. */
  private static final class Scanner {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long QUOTES = 0x2222222222222222L;
    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
    private static final long RETURNS = 0x0d0d0d0d0d0d0d0dL;

    final byte delimiter;
    long pos;
    long line;
    long recordStart;
    long recordLine;
    boolean blank = true;
    int state = FIELD_START;
    long records;
    long stopAfter = -1;
    Span found;
    long[] checkpointOffsets = new long[1024];
    long[] checkpointLines = new long[1024];
    int checkpoints;

    Scanner(byte delimiter, long start, long line) {
      this.delimiter = delimiter;
      this.pos = start;
      this.line = line;
      this.recordStart = start;
      this.recordLine = line;
    }

    /** Byte by byte, stopping after the record looked for ends (see {@link #stopAfter}). */
    void feed(byte[] buf, int n) {
      long base = pos;
      for (int i = 0; i < n && found == null; i++) {
        pos = base + i;
        step(buf[i]);
      }
      pos = base + n;
    }

    /**
     * As {@link #feed} for a whole file, but skipping eight bytes at a time where they cannot
     * change anything but the state (no quote, no line break, no carriage return; inside a quoted
     * field: no quote, no line break). The index of a multi-GB file is built beside DuckDB's read,
     * so its CPU time counts.
     */
    void feedFast(byte[] buf, int n) {
      long base = pos;
      int i = 0;
      while (i < n) {
        if (state == QUOTED) {
          while (i + 8 <= n) {
            long w = (long) LONGS.get(buf, i);
            if ((hasByte(w, QUOTES) | hasByte(w, NEWLINES)) != 0) {
              break;
            }
            i += 8;
          }
        } else if (state != QUOTE_IN_QUOTED) {
          while (i + 8 <= n) {
            long w = (long) LONGS.get(buf, i);
            if ((hasByte(w, QUOTES) | hasByte(w, NEWLINES) | hasByte(w, RETURNS)) != 0) {
              break;
            }
            blank = false;
            state = buf[i + 7] == delimiter ? FIELD_START : UNQUOTED;
            i += 8;
          }
        }
        if (i < n) {
          pos = base + i;
          step(buf[i]);
          i++;
        }
      }
      pos = base + n;
    }

    /** The state machine: one byte, at {@link #pos}. */
    private void step(byte b) {
      if (state == QUOTED) {
        if (b == '"') {
          state = QUOTE_IN_QUOTED;
        } else if (b == '\n') {
          line++;
        }
        return;
      }
      if (state == QUOTE_IN_QUOTED) {
        if (b == '"') {
          state = QUOTED;
          return;
        }
        state = UNQUOTED;
      }
      if (b == '\n') {
        endRecord(pos);
        line++;
        recordStart = pos + 1;
        recordLine = line;
        return;
      }
      if (b == '\r') {
        return;
      }
      blank = false;
      if (b == delimiter) {
        state = FIELD_START;
      } else if (b == '"' && state == FIELD_START) {
        state = QUOTED;
      } else {
        state = UNQUOTED;
      }
    }

    /** Non-zero when some byte of {@code word} equals the byte repeated in {@code pattern}. */
    private static long hasByte(long word, long pattern) {
      long x = word ^ pattern;
      return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
    }

    void finish() {
      endRecord(pos);
    }

    private void endRecord(long end) {
      if (!blank) {
        if (stopAfter >= 0) {
          if (records == stopAfter) {
            found = new Span(records, recordStart, end, recordLine);
          }
        } else if (records % STRIDE == 0) {
          if (checkpoints == checkpointOffsets.length) {
            checkpointOffsets = Arrays.copyOf(checkpointOffsets, checkpoints * 2);
            checkpointLines = Arrays.copyOf(checkpointLines, checkpoints * 2);
          }
          checkpointOffsets[checkpoints] = recordStart;
          checkpointLines[checkpoints++] = recordLine;
        }
        records++;
      }
      blank = true;
      state = FIELD_START;
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
