package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.Platform;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import java.util.Optional;

/**
 * One image of an ImageStreamImport request: where from, into which tag, and how.
 *
 * @param from the source pull spec, in the user's spelling
 * @param preferredOs and preferredArchitecture: the manifest-list choice for Legacy imports ("" for
 *     the defaults)
 * @param preferredVariant the variant too ("" for any): only {@code --platform} names one,
 *     OpenShift matching os and architecture alone
 * @param knownImage the tag's current image when an import asking the same made it, else "" (see
 *     {@link #withKnownImageFrom}): a registry still serving it needs no manifest download
 */
public record ImportSpec(
    String tag,
    String from,
    TagImportPolicy importPolicy,
    ReferencePolicyType referencePolicy,
    String preferredOs,
    String preferredArchitecture,
    String knownImage,
    String preferredVariant) {

  /** A request for any variant of the preferred platform, as OpenShift's importer makes. */
  public ImportSpec(
      String tag,
      String from,
      TagImportPolicy importPolicy,
      ReferencePolicyType referencePolicy,
      String preferredOs,
      String preferredArchitecture,
      String knownImage) {
    this(
        tag,
        from,
        importPolicy,
        referencePolicy,
        preferredOs,
        preferredArchitecture,
        knownImage,
        "");
  }

  public static final String PREFER_ARCH = "importer.image.openshift.io/prefer-arch";
  public static final String PREFER_OS = "importer.image.openshift.io/prefer-os";

  /** A stream annotation that makes every import of the stream insecure. */
  public static final String INSECURE_REPOSITORY = "openshift.io/image.insecureRepository";

  /** Whether {@code stream} carries {@code openshift.io/image.insecureRepository: "true"}. */
  public static boolean insecureRepository(ImageStream stream) {
    return stream != null
        && "true".equals(stream.metadata().annotations().get(INSECURE_REPOSITORY));
  }

  /**
   * What the import controller asks for a spec tag: its source, policies and platform preferences.
   */
  public static ImportSpec forTag(TagReference tag) {
    return new ImportSpec(
        tag.name(),
        tag.from().name(),
        tag.importPolicy(),
        tag.referencePolicy(),
        orEmpty(tag.annotation(PREFER_OS)),
        orEmpty(tag.annotation(PREFER_ARCH)),
        "");
  }

  /**
   * This request with the tag's current image along, so that a registry still serving it costs one
   * HEAD, only when {@code stream} shows that image came from an import asking exactly this: the
   * spec tag imports the same source, with the same import mode, insecure flag and platform
   * preferences, and it has not changed since that import (its generation is not newer than the
   * latest history entry's). Switching a PreserveOriginal tag back to Legacy, or to another source
   * or platform, so always asks the registry in full, as the server does for every import.
   *
   * @param stream the stream as stored, or null when the import creates it
   */
  public ImportSpec withKnownImageFrom(ImageStream stream) {
    if (stream == null) {
      return withKnownImage("");
    }
    Optional<TagEvent> latest = stream.status().latest(tag);
    Optional<TagReference> specTag = stream.spec().tag(tag);
    boolean sameRequest =
        latest.isPresent()
            && specTag.isPresent()
            && sameRequestAs(specTag.get())
            && specTag.get().generation() != null
            && specTag.get().generation() <= latest.get().generation();
    return withKnownImage(sameRequest ? latest.get().image() : "");
  }

  /**
   * Whether the spec tag records an import asked for as this one is. The reference policy is not
   * compared: an import never changes that of an existing tag (the server sets one only on a tag
   * that has none, and decoding gives every tag one), so it cannot make the result differ.
   */
  private boolean sameRequestAs(TagReference specTag) {
    return specTag.from() != null
        && ObjectReference.DOCKER_IMAGE.equals(specTag.from().kind())
        && from.equals(specTag.from().name())
        && importPolicy.importMode().equals(specTag.importPolicy().importMode())
        && importPolicy.insecure() == specTag.importPolicy().insecure()
        && preferredOs.equals(orEmpty(specTag.annotation(PREFER_OS)))
        && preferredArchitecture.equals(orEmpty(specTag.annotation(PREFER_ARCH)));
  }

  private ImportSpec withKnownImage(String image) {
    return new ImportSpec(
        tag,
        from,
        importPolicy,
        referencePolicy,
        preferredOs,
        preferredArchitecture,
        image,
        preferredVariant);
  }

  /**
   * This request preferring {@code platform} ({@code --platform}) over the tag's annotations and
   * the cluster's platform; null leaves it as it is.
   */
  public ImportSpec withPlatform(Platform platform) {
    if (platform == null) {
      return this;
    }
    return new ImportSpec(
        tag,
        from,
        importPolicy,
        referencePolicy,
        platform.os(),
        platform.architecture(),
        knownImage,
        platform.variant());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
