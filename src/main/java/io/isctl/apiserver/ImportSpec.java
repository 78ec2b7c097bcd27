package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;

/**
 * One image of an ImageStreamImport request: where from, into which tag, and how.
 *
 * @param from the source pull spec, in the user's spelling
 * @param preferredOs and preferredArchitecture: the manifest-list choice for Legacy imports ("" for
 *     the defaults)
 * @param knownImage the tag's current image, "" if none: a registry still serving it needs no
 *     manifest download
 */
public record ImportSpec(
    String tag,
    String from,
    TagImportPolicy importPolicy,
    ReferencePolicyType referencePolicy,
    String preferredOs,
    String preferredArchitecture,
    String knownImage) {

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
  public static ImportSpec forTag(TagReference tag, String knownImage) {
    return new ImportSpec(
        tag.name(),
        tag.from().name(),
        tag.importPolicy(),
        tag.referencePolicy(),
        orEmpty(tag.annotation(PREFER_OS)),
        orEmpty(tag.annotation(PREFER_ARCH)),
        knownImage);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
