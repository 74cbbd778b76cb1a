package org.handover.io.imports.events.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference {@link RecordIndex} is checked against: the RFC 4180 record split written plainly,
 * one byte at a time, with no word skipping. Gives the record count and every {@value
 * RecordIndex#STRIDE}th record's start offset and line, as {@link RecordIndex#checkpoints()} does.
 */
record ByteByByteScan(long records, List<List<Long>> checkpoints) {
  static ByteByByteScan of(byte[] bytes, byte delimiter) {
    List<List<Long>> checkpoints = new ArrayList<>();
    long records = 0;
    long line = 1;
    long recordStart = 0;
    long recordLine = 1;
    boolean blank = true;
    boolean quoted = false;
    boolean quoteInQuoted = false;
    boolean fieldStart = true;
    for (int i = 0; i <= bytes.length; i++) {
      boolean end = i == bytes.length;
      byte b = end ? (byte) '\n' : bytes[i];
      if (quoted && !end) {
        if (b == '"') {
          quoted = false;
          quoteInQuoted = true;
        } else if (b == '\n') {
          line++;
        }
        continue;
      }
      if (quoteInQuoted && b == '"' && !end) {
        quoteInQuoted = false;
        quoted = true;
        continue;
      }
      quoteInQuoted = false;
      quoted = false;
      if (b == '\n') {
        if (!blank) {
          if (records % RecordIndex.STRIDE == 0) {
            checkpoints.add(List.of(recordStart, recordLine));
          }
          records++;
        }
        blank = true;
        fieldStart = true;
        line++;
        recordStart = i + 1L;
        recordLine = line;
        continue;
      }
      if (b == '\r') {
        continue;
      }
      blank = false;
      if (b == delimiter) {
        fieldStart = true;
      } else if (b == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else {
        fieldStart = false;
      }
    }
    return new ByteByByteScan(records, checkpoints);
  }
}
