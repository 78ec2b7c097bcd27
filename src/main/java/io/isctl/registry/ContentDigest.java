package io.isctl.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A content digest {@code algorithm:hex} (image-spec {@code descriptor.md}); sha256 and sha512 can
 * be computed, other algorithms only parsed.
 */
public record ContentDigest(String algorithm, String hex) {

  private static final Pattern ALGORITHM = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*");
  private static final Pattern ENCODED = Pattern.compile("[a-zA-Z0-9=_-]+");

  public ContentDigest {
    if (!ALGORITHM.matcher(algorithm).matches() || !ENCODED.matcher(hex).matches()) {
      throw new IllegalArgumentException("not a digest: " + algorithm + ":" + hex);
    }
    int expectedLength =
        switch (algorithm) {
          case "sha256" -> 64;
          case "sha512" -> 128;
          default -> -1;
        };
    if (expectedLength > 0 && (hex.length() != expectedLength || !hex.matches("[0-9a-f]+"))) {
      throw new IllegalArgumentException(
          "not a " + algorithm + " digest: " + algorithm + ":" + hex);
    }
  }

  /** Parses {@code algorithm:encoded}. */
  public static ContentDigest parse(String digest) {
    int colon = digest.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("not a digest: " + digest);
    }
    return new ContentDigest(digest.substring(0, colon), digest.substring(colon + 1));
  }

  /** The sha256 digest of the bytes. */
  public static ContentDigest sha256(byte[] bytes) {
    return compute("sha256", bytes);
  }

  /** The same algorithm as this digest, over other bytes. */
  public ContentDigest recompute(byte[] bytes) {
    return compute(algorithm, bytes);
  }

  /** The digest of the bytes with the named algorithm ({@code sha256} or {@code sha512}). */
  public static ContentDigest compute(String algorithm, byte[] bytes) {
    String jdkName =
        switch (algorithm) {
          case "sha256" -> "SHA-256";
          case "sha512" -> "SHA-512";
          default ->
              throw new IllegalArgumentException("unsupported digest algorithm: " + algorithm);
        };
    try {
      byte[] hash = MessageDigest.getInstance(jdkName).digest(bytes);
      return new ContentDigest(algorithm.toLowerCase(Locale.ROOT), HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
