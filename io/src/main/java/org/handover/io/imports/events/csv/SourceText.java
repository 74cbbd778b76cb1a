package org.handover.io.imports.events.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.handover.io.files.InputFiles;

/**
 * An event file as UTF-8, which is what DuckDB reads: the file itself when it is UTF-8, else a
 * transcoded temporary copy (same lines, so line numbers still point into the original). "auto"
 * takes UTF-8 when every byte sequence is valid UTF-8, else windows-1252 (a superset of latin-1 for
 * text: the encoding of older IBC and gazetteer files).
 */
public record SourceText(Path utf8, Charset charset, boolean transcoded) implements AutoCloseable {
  public static final String AUTO = "auto";

  public static SourceText open(Path file, String encoding) {
    Charset cs = charsetOf(file, encoding);
    if (cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
      return new SourceText(file, StandardCharsets.UTF_8, false);
    }
    try {
      Path tmp = Files.createTempFile("handover-import-", ".csv");
      try (Reader in = new InputStreamReader(InputFiles.newInputStream(file), cs.newDecoder());
          Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
      return new SourceText(tmp, cs, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as " + cs, e);
    }
  }

  /** The charset {@code encoding} names; "auto" inspects the bytes. */
  public static Charset charsetOf(Path file, String encoding) {
    if (!AUTO.equals(encoding.toLowerCase(Locale.ROOT))) {
      try {
        return Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown encoding '" + encoding + "' for " + file, e);
      }
    }
    return isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
  }

  public static boolean isUtf8(Path file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = InputFiles.newInputStream(file)) {
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      int n;
      while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
        bytes.position(bytes.position() + n);
        bytes.flip();
        if (decoder.decode(bytes, chars, false).isError()) {
          return false;
        }
        chars.clear();
        bytes.compact();
      }
      bytes.flip();
      return !decoder.decode(bytes, chars, true).isError()
          && !decoder.flush(chars).isError()
          && !bytes.hasRemaining();
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public void close() {
    if (transcoded) {
      try {
        Files.deleteIfExists(utf8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
