package io.isctl.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Byte-for-byte reproducible layer blobs: a hand-written ustar and a gzip member made of "stored"
 * deflate blocks, so digests never depend on the zlib build (registry-testing.md pitfall 6).
 */
final class ImageBlobs {

  private ImageBlobs() {}

  static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A tar holding one regular file with fixed owner, mode and mtime. */
  static byte[] singleFileTar(String name, String content) {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[512];
    put(header, 0, name);
    put(header, 100, "0000644");
    put(header, 108, "0000000");
    put(header, 116, "0000000");
    put(header, 124, String.format("%011o", data.length));
    put(header, 136, String.format("%011o", 1_700_000_000L));
    header[156] = '0';
    put(header, 257, "ustar");
    put(header, 263, "00");
    for (int i = 148; i < 156; i++) {
      header[i] = ' ';
    }
    int checksum = 0;
    for (byte b : header) {
      checksum += b & 0xff;
    }
    put(header, 148, String.format("%06o", checksum));
    header[154] = 0;
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    tar.writeBytes(header);
    tar.writeBytes(data);
    tar.writeBytes(new byte[(512 - data.length % 512) % 512]);
    tar.writeBytes(new byte[1024]);
    return tar.toByteArray();
  }

  /** gzip with a zero mtime and stored (uncompressed) deflate blocks. */
  static byte[] storedGzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    int offset = 0;
    do {
      int length = Math.min(65_535, data.length - offset);
      boolean last = offset + length == data.length;
      out.write(last ? 1 : 0);
      writeLittleEndian(out, length, 2);
      writeLittleEndian(out, ~length & 0xffff, 2);
      out.write(data, offset, length);
      offset += length;
    } while (offset < data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    writeLittleEndian(out, crc.getValue(), 4);
    writeLittleEndian(out, data.length, 4);
    return out.toByteArray();
  }

  private static void put(byte[] header, int offset, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }

  private static void writeLittleEndian(ByteArrayOutputStream out, long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }
}
