package io.isctl.reference;

import static io.isctl.reference.ImageReferenceParseTest.DIGEST;
import static io.isctl.reference.ImageReferenceParseTest.HEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Digests}: library-go's internal digest validation (semantics §1.2). */
class DigestsTest {
  static Stream<Arguments> digests() {
    return Stream.of(
        arguments("sha256", DIGEST, null),
        arguments("upper-case hex", "sha256:" + HEX.toUpperCase(), null),
        arguments("sha384", "sha384:" + "0".repeat(96), null),
        arguments("sha512", "sha512:" + "f".repeat(128), null),
        arguments("empty", "", Digests.INVALID_FORMAT),
        arguments("no colon", "sha256", Digests.INVALID_FORMAT),
        arguments("no hex", "sha256:", Digests.INVALID_FORMAT),
        arguments("no algorithm", ":" + HEX, Digests.INVALID_FORMAT),
        arguments("non-hex", "sha256:" + "g".repeat(64), Digests.INVALID_FORMAT),
        arguments("trailing newline", DIGEST + "\n", Digests.INVALID_FORMAT),
        arguments("two colons", "sha256:ab:cd", Digests.INVALID_FORMAT),
        arguments("too short", "sha256:abc", Digests.INVALID_LENGTH),
        arguments("too long", DIGEST + "0", Digests.INVALID_LENGTH),
        arguments("sha384 with sha256 length", "sha384:" + HEX, Digests.INVALID_LENGTH),
        arguments("sha1", "sha1:" + "a".repeat(40), Digests.UNSUPPORTED_ALGORITHM),
        arguments("upper-case algorithm", "SHA256:" + HEX, Digests.UNSUPPORTED_ALGORITHM),
        arguments("algorithm with separators", "a+b.c_d-e:ff", Digests.UNSUPPORTED_ALGORITHM));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void validate_reportsLibraryGoMessage(String scenario, String digest, String message) {
    if (message == null) {
      assertThat(Digests.validate(digest)).isEmpty();
      assertThat(Digests.isValid(digest)).isTrue();
    } else {
      assertThat(Digests.validate(digest)).contains(message);
      assertThat(Digests.isValid(digest)).isFalse();
    }
  }

  @Test
  void hex_validDigest_returnsPartAfterColon() {
    assertThat(Digests.hex(DIGEST)).isEqualTo(HEX);
  }

  @Test
  void hex_invalidDigest_throwsWithMessage() {
    assertThatThrownBy(() -> Digests.hex("sha256:abc"))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessage(Digests.INVALID_LENGTH);
  }
}
