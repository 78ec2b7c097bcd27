package io.isctl.registry;

import java.util.List;
import java.util.Locale;

/**
 * Manifest and config media types (image-spec, Docker image manifest v2) and the Accept we send.
 */
public final class MediaTypes {

  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String DOCKER_MANIFEST_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String DOCKER_MANIFEST =
      "application/vnd.docker.distribution.manifest.v2+json";
  public static final String DOCKER_SCHEMA1_SIGNED =
      "application/vnd.docker.distribution.manifest.v1+prettyjws";
  public static final String DOCKER_SCHEMA1 =
      "application/vnd.docker.distribution.manifest.v1+json";

  /**
   * Every manifest type we understand, sent on HEAD and GET alike: the registry picks (and digests)
   * the object according to Accept, so a short list changes the answer (distribution#2395).
   */
  public static final List<String> MANIFEST_ACCEPT =
      List.of(
          OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST, DOCKER_SCHEMA1_SIGNED);

  private MediaTypes() {}

  /** Whether the type is an index (OCI index or Docker manifest list). */
  public static boolean isIndex(String mediaType) {
    return OCI_INDEX.equals(mediaType) || DOCKER_MANIFEST_LIST.equals(mediaType);
  }

  /** Whether the type is a single-platform image manifest with a config blob. */
  public static boolean isImageManifest(String mediaType) {
    return OCI_MANIFEST.equals(mediaType) || DOCKER_MANIFEST.equals(mediaType);
  }

  /** Whether the type is a legacy schema1 manifest. */
  public static boolean isSchema1(String mediaType) {
    return DOCKER_SCHEMA1_SIGNED.equals(mediaType) || DOCKER_SCHEMA1.equals(mediaType);
  }

  /** The media type without parameters ({@code ; charset=…}), lower-cased; null stays null. */
  public static String withoutParameters(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return bare.trim().toLowerCase(Locale.ROOT);
  }
}
