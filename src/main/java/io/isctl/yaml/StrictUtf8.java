package io.isctl.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 without replacing bad bytes, and says where the first bad byte is. */
final class StrictUtf8 {
  private StrictUtf8() {}

  static String decode(byte[] bytes, String sourceName) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never needs more chars than bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      int bad = in.position();
      TextPosition at = TextPosition.at(out, out.length());
      throw new YamlException(
          sourceName,
          at.line(),
          at.column(),
          String.format("invalid UTF-8 byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad),
          null);
    }
    return out.toString();
  }
}
