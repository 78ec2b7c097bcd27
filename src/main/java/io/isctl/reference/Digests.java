package io.isctl.reference;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Content digests ({@code sha256:<hex>}) validated as library-go's internal {@code digest} package
 * does.
 */
public final class Digests {
  /** The string is not {@code algorithm:hex}. */
  public static final String INVALID_FORMAT = "invalid checksum digest format";

  /** The hex part is not as long as the algorithm's checksum. */
  public static final String INVALID_LENGTH = "invalid checksum digest length";

  /** The algorithm is not sha256, sha384 or sha512. */
  public static final String UNSUPPORTED_ALGORITHM = "unsupported digest algorithm";

  // library-go accepts upper-case hex and checks the algorithm name case-sensitively.
  private static final Pattern FORMAT = Pattern.compile("[a-zA-Z0-9_+.-]++:[a-fA-F0-9]++");
  private static final Map<String, Integer> HEX_LENGTH =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);

  private Digests() {}

  /** Returns whether {@code digest} is a supported, well-formed digest. */
  public static boolean isValid(String digest) {
    return validate(digest).isEmpty();
  }

  /** Returns the library-go error message for {@code digest}, or empty when it is valid. */
  public static Optional<String> validate(String digest) {
    Objects.requireNonNull(digest, "digest");
    if (!FORMAT.matcher(digest).matches()) {
      return Optional.of(INVALID_FORMAT);
    }
    int colon = digest.indexOf(':');
    Integer expectedLength = HEX_LENGTH.get(digest.substring(0, colon));
    if (expectedLength == null) {
      return Optional.of(UNSUPPORTED_ALGORITHM);
    }
    if (digest.length() - colon - 1 != expectedLength) {
      return Optional.of(INVALID_LENGTH);
    }
    return Optional.empty();
  }

  /**
   * Returns the hex part of a valid digest, throwing {@link InvalidReferenceException} otherwise.
   */
  public static String hex(String digest) {
    validate(digest)
        .ifPresent(
            message -> {
              throw new InvalidReferenceException(message);
            });
    return digest.substring(digest.indexOf(':') + 1);
  }
}
