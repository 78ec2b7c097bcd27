package io.isctl.resolve;

import static io.isctl.resolve.Streams.EXTERNAL_BY_DIGEST;
import static io.isctl.resolve.Streams.EXTERNAL_ID;
import static io.isctl.resolve.Streams.EXTERNAL_TAG;
import static io.isctl.resolve.Streams.INTERNAL;
import static io.isctl.resolve.Streams.INTERNAL_ID;
import static io.isctl.resolve.Streams.NS;
import static io.isctl.resolve.Streams.event;
import static io.isctl.resolve.Streams.id;
import static io.isctl.resolve.Streams.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.isctl.model.ImageStream;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.StreamSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Image-policy admission under OpenShift's default configuration (openshift-semantics.md §6.2):
 * what a container image written as {@code image} in a Pod of namespace myproject becomes. Each row
 * is one path through the rules; the streams are the article's variations.
 */
class LookupResolverTest {
  static final String LATEST_ID = id('a');
  static final String QUAY_ID = id('b');

  static final ImageStream SOURCE =
      stream("source")
          .lookupLocal()
          .tracks("mytag", EXTERNAL_TAG)
          .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID))
          .tracks("latest", "docker.io/balazsszeti/hello:latest")
          .history("latest", event("docker.io/balazsszeti/hello@" + LATEST_ID, LATEST_ID))
          .build();
  static final ImageStream CLOSED =
      stream("closed")
          .tracks("mytag", EXTERNAL_TAG)
          .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID))
          .references("ref", EXTERNAL_TAG, ReferencePolicyType.SOURCE)
          .history("ref", event(EXTERNAL_TAG, ""))
          .build();
  static final ImageStream LOCAL =
      stream("local")
          .lookupLocal()
          .tracksThroughIntegratedRegistry("mytag", EXTERNAL_TAG)
          .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID))
          .build();
  static final ImageStream REFERENCE =
      stream("reference")
          .lookupLocal()
          .references("mytag", EXTERNAL_TAG, ReferencePolicyType.SOURCE)
          .history("mytag", event(EXTERNAL_TAG, ""))
          .build();
  static final ImageStream PUSHED =
      stream("pushed")
          .lookupLocal()
          .history("mytag", event(INTERNAL + "/myproject/pushed@" + INTERNAL_ID, INTERNAL_ID))
          .build();
  static final ImageStream PENDING =
      stream("pending").lookupLocal().tracks("mytag", EXTERNAL_TAG).build();
  static final ImageStream BY_TAG =
      stream("bytag")
          .lookupLocal()
          .tracks("mytag", "quay.io/a/b:1")
          .history("mytag", event("quay.io/a/b:1", QUAY_ID))
          .build();
  static final ImageStream NO_REPOSITORY =
      stream("norepo")
          .lookupLocal()
          .noRepository()
          .references("mytag", EXTERNAL_TAG, ReferencePolicyType.SOURCE)
          .history("mytag", event(EXTERNAL_TAG, ""))
          .build();
  static final ImageStream OTHER_NAMESPACE =
      stream("other", "shared")
          .lookupLocal()
          .tracks("mytag", EXTERNAL_TAG)
          .history("mytag", event(EXTERNAL_BY_DIGEST, EXTERNAL_ID))
          .build();

  static final StreamSource STORE =
      Streams.source(
          SOURCE,
          CLOSED,
          LOCAL,
          REFERENCE,
          PUSHED,
          PENDING,
          BY_TAG,
          NO_REPOSITORY,
          OTHER_NAMESPACE);

  static Stream<Arguments> admission() {
    String sourceRepo = INTERNAL + "/myproject/source";
    return Stream.of(
        // Short names in a stream that allows local lookup are pinned by digest.
        row(
            "lookup: name:tag of an imported tag → its image by digest at the source registry",
            "source:mytag",
            false,
            EXTERNAL_BY_DIGEST,
            true,
            "lookupPolicy.local",
            "pinned to the tag's current image by digest"),
        row(
            "lookup: a name without a tag means latest",
            "source",
            false,
            "docker.io/balazsszeti/hello@" + LATEST_ID,
            true,
            "lookupPolicy.local",
            "image stream myproject/source"),
        row(
            "lookup: referencePolicy Local → the stream's integrated-registry repository",
            "local:mytag",
            false,
            INTERNAL + "/myproject/local@" + EXTERNAL_ID,
            true,
            "lookupPolicy.local",
            "by digest"),
        row(
            "lookup: a pushed image → its integrated-registry digest",
            "pushed:mytag",
            false,
            INTERNAL + "/myproject/pushed@" + INTERNAL_ID,
            true,
            "lookupPolicy.local",
            "by digest"),
        row(
            "lookup: a pull spec recorded by tag is re-pointed at the image id",
            "bytag:mytag",
            false,
            "quay.io/a/b@" + QUAY_ID,
            true,
            "lookupPolicy.local",
            "by digest"),
        // Tags without an image id fall back to the integrated registry by tag.
        row(
            "lookup: a reference tag → integrated registry by tag, a pull that fails",
            "reference:mytag",
            false,
            INTERNAL + "/myproject/reference:mytag",
            true,
            "integrated registry by tag",
            "(a reference tag)"),
        row(
            "lookup: a tag the stream does not have → integrated registry by tag",
            "source:nosuchtag",
            false,
            sourceRepo + ":nosuchtag",
            true,
            "integrated registry by tag",
            "no such tag or not imported yet"),
        row(
            "lookup: a tag not imported yet → integrated registry by tag",
            "pending:mytag",
            false,
            INTERNAL + "/myproject/pending:mytag",
            true,
            "integrated registry by tag",
            "no such tag or not imported yet"),
        row(
            "lookup: no status repository to fall back to → unresolved",
            "norepo:mytag",
            false,
            "norepo:mytag",
            false,
            "unresolved",
            "image stream tag myproject/norepo:mytag has no image"),
        // Without lookupPolicy.local the short name stays as written.
        row(
            "no lookup: an imported tag is refused",
            "closed:mytag",
            false,
            "closed:mytag",
            false,
            "unresolved",
            "does not allow local references (lookupPolicy.local is false; 'isctl set image-lookup"
                + " closed' enables it)"),
        row(
            "no lookup: a reference tag has no image and no fallback",
            "closed:ref",
            false,
            "closed:ref",
            false,
            "unresolved",
            "has no image and the stream does not allow local references"),
        // The resolve-names annotation forces lookup, in the Pod's namespace.
        row(
            "resolve-names: forces lookup where the stream does not allow it",
            "closed:mytag",
            true,
            EXTERNAL_BY_DIGEST,
            true,
            "resolve-names annotation",
            "image stream myproject/closed"),
        row(
            "resolve-names: the registry and namespace written are ignored",
            "quay.io/elsewhere/source:mytag",
            true,
            EXTERNAL_BY_DIGEST,
            true,
            "resolve-names annotation",
            "image stream myproject/source"),
        row(
            "resolve-names: a reference tag still falls back by tag",
            "closed:ref",
            true,
            INTERNAL + "/myproject/closed:ref",
            true,
            "integrated registry by tag",
            "(a reference tag)"),
        // Only single-segment names are short names.
        row(
            "as written: a name with a namespace is not looked up",
            "myproject/source:mytag",
            false,
            "myproject/source:mytag",
            false,
            "as written",
            "only short names"),
        row(
            "as written: a name with a registry is not looked up",
            "docker.io/source:mytag",
            false,
            "docker.io/source:mytag",
            false,
            "as written",
            "only short names"),
        row(
            "as written: no stream of that name in the Pod's namespace",
            "nosuch:mytag",
            false,
            "nosuch:mytag",
            false,
            "as written",
            "no image stream myproject/nosuch"),
        row(
            "as written: a stream of another namespace is not consulted for a short name",
            "shared:mytag",
            false,
            "shared:mytag",
            false,
            "as written",
            "no image stream myproject/shared"),
        // Full integrated-registry names resolve in any namespace but are not rewritten.
        row(
            "integrated registry: a full name resolves but stays as written",
            INTERNAL + "/other/shared:mytag",
            false,
            INTERNAL + "/other/shared:mytag",
            true,
            "integrated registry name kept",
            "resolves to " + EXTERNAL_BY_DIGEST),
        row(
            "integrated registry: a full name needs no lookupPolicy.local",
            INTERNAL + "/myproject/closed:mytag",
            false,
            INTERNAL + "/myproject/closed:mytag",
            true,
            "integrated registry name kept",
            "resolves to " + EXTERNAL_BY_DIGEST),
        row(
            "integrated registry: a full name of a missing stream stays as written",
            INTERNAL + "/myproject/nosuch:mytag",
            false,
            INTERNAL + "/myproject/nosuch:mytag",
            false,
            "as written",
            "no image stream myproject/nosuch"),
        // Digests and bad input.
        row(
            "digest: resolved, never rewritten",
            "source@" + EXTERNAL_ID,
            false,
            "source@" + EXTERNAL_ID,
            true,
            "digest kept",
            "never rewritten"),
        row(
            "invalid: upper case is no image reference",
            "Source:mytag",
            false,
            "Source:mytag",
            false,
            "unresolved",
            "not a valid image reference"));
  }

  static Arguments row(
      String scenario,
      String image,
      boolean resolveNames,
      String podGets,
      boolean resolved,
      String rule,
      String reasonContains) {
    return arguments(scenario, image, resolveNames, podGets, resolved, rule, reasonContains);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("admission")
  void resolve(
      String scenario,
      String image,
      boolean resolveNames,
      String podGets,
      boolean resolved,
      String rule,
      String reasonContains) {
    Resolution resolution = new LookupResolver(STORE, INTERNAL).resolve(image, NS, resolveNames);

    assertThat(resolution.image()).isEqualTo(podGets);
    assertThat(resolution.resolved()).isEqualTo(resolved);
    assertThat(resolution.rule()).isEqualTo(rule);
    assertThat(resolution.isAsWritten()).isEqualTo(rule.equals(Resolution.AS_WRITTEN));
    assertThat(resolution.reason()).contains(reasonContains);
  }

  @Test
  void withoutAnIntegratedRegistry_noNameIsAFullIntegratedRegistryName() {
    LookupResolver resolver = new LookupResolver(STORE, "");

    assertThat(resolver.resolve(INTERNAL + "/other/shared:mytag", NS, false))
        .isEqualTo(
            Resolution.asWritten(
                INTERNAL + "/other/shared:mytag",
                "only short names (name or name:tag) are looked up in image streams"));
    assertThat(resolver.resolve("source:mytag", NS, false).image()).isEqualTo(EXTERNAL_BY_DIGEST);
  }
}
