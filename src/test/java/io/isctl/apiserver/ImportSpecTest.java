package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When an import may take the one-HEAD shortcut: only when the tag's current image came from an
 * import asking exactly what this one asks.
 */
class ImportSpecTest {
  static final String FROM = "quay.io/team/app:v1";
  static final String LIST = "sha256:" + "1".repeat(64);

  /** A stream whose tag t was imported from FROM as PreserveOriginal, insecure, at generation 2. */
  static ImageStream stream(long specGeneration, Map<String, String> annotations) {
    TagReference tag =
        new TagReference(
            "t",
            annotations,
            ObjectReference.dockerImage(FROM),
            false,
            specGeneration,
            new TagImportPolicy(true, false, TagImportPolicy.PRESERVE_ORIGINAL),
            ReferencePolicyType.LOCAL,
            null);
    ImageStream stream = ImageStream.named("ns", "s");
    return stream
        .withSpec(stream.spec().withTag(tag))
        .withStatus(
            stream
                .status()
                .withTag(
                    NamedTagEventList.of(
                        "t",
                        List.of(
                            new TagEvent(
                                "2026-01-02T03:04:05Z", "quay.io/team/app@" + LIST, LIST, 2)),
                        List.of())));
  }

  static ImportSpec request(
      String from, String mode, boolean insecure, ReferencePolicyType policy, String arch) {
    return new ImportSpec(
        "t", from, new TagImportPolicy(insecure, false, mode), policy, "", arch, "");
  }

  static final String PRESERVE = TagImportPolicy.PRESERVE_ORIGINAL;

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of(
            "the same request",
            stream(2, null),
            request(FROM, PRESERVE, true, ReferencePolicyType.LOCAL, ""),
            LIST),
        Arguments.of(
            "the same request with another reference policy, which an import never changes",
            stream(2, null),
            request(FROM, PRESERVE, true, ReferencePolicyType.SOURCE, ""),
            LIST),
        Arguments.of(
            "scheduling, which only says when to import again",
            stream(2, null),
            new ImportSpec(
                "t",
                FROM,
                new TagImportPolicy(true, true, PRESERVE),
                ReferencePolicyType.LOCAL,
                "",
                "",
                ""),
            LIST),
        Arguments.of(
            "back to Legacy",
            stream(2, null),
            request(FROM, TagImportPolicy.LEGACY, true, ReferencePolicyType.LOCAL, ""),
            ""),
        Arguments.of(
            "no longer insecure",
            stream(2, null),
            request(FROM, PRESERVE, false, ReferencePolicyType.LOCAL, ""),
            ""),
        Arguments.of(
            "another source",
            stream(2, null),
            request("quay.io/team/app:v2", PRESERVE, true, ReferencePolicyType.LOCAL, ""),
            ""),
        Arguments.of(
            "another platform than the tag's annotation",
            stream(2, Map.of(ImportSpec.PREFER_ARCH, "arm64")),
            request(FROM, PRESERVE, true, ReferencePolicyType.LOCAL, ""),
            ""),
        Arguments.of(
            "the platform of the tag's annotation",
            stream(2, Map.of(ImportSpec.PREFER_ARCH, "arm64")),
            request(FROM, PRESERVE, true, ReferencePolicyType.LOCAL, "arm64"),
            LIST),
        Arguments.of(
            "a spec tag changed since its last import (a newer generation)",
            stream(3, null),
            request(FROM, PRESERVE, true, ReferencePolicyType.LOCAL, ""),
            ""),
        Arguments.of(
            "a tag the stream does not have",
            stream(2, null),
            new ImportSpec(
                "other",
                FROM,
                new TagImportPolicy(true, false, PRESERVE),
                ReferencePolicyType.LOCAL,
                "",
                "",
                ""),
            ""),
        Arguments.of(
            "no stream yet",
            null,
            request(FROM, PRESERVE, true, ReferencePolicyType.LOCAL, ""),
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void theCurrentImageGoesAlong_onlyForTheSameRequest(
      String scenario, ImageStream stream, ImportSpec request, String known) {
    ImportSpec withKnown = request.withKnownImageFrom(stream);

    assertThat(withKnown.knownImage()).isEqualTo(known);
    assertThat(withKnown.importPolicy()).isEqualTo(request.importPolicy());
    assertThat(withKnown.from()).isEqualTo(request.from());
  }
}
