package io.isctl.apiserver;

import io.isctl.model.Image;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagImportPolicy;
import java.util.List;

/**
 * The outcome of importing one tag, as the server's importer reports it.
 *
 * @param tag the stream tag the image goes to
 * @param from the source as requested, in the user's spelling
 * @param importPolicy the policy the import request carried
 * @param referencePolicy applied only to a spec tag that has none yet
 * @param image the image's digest; "" when the import failed
 * @param pullSpec the recorded reference: the source's spelling at the digest ({@code
 *     mysql@sha256:…})
 * @param reason the failure's status reason ({@code NotFound}, {@code Unauthorized}, …); "" on
 *     success
 * @param message the failure's message
 * @param images the Image objects the import built (the image, and a kept manifest list's
 *     sub-manifests); empty when the store already had them or the import failed
 */
public record TagImport(
    String tag,
    String from,
    TagImportPolicy importPolicy,
    ReferencePolicyType referencePolicy,
    String image,
    String pullSpec,
    String reason,
    String message,
    List<Image> images) {

  public TagImport {
    images = images == null ? List.of() : List.copyOf(images);
  }

  public static TagImport succeeded(
      String tag,
      String from,
      TagImportPolicy importPolicy,
      ReferencePolicyType referencePolicy,
      String image,
      String pullSpec) {
    return new TagImport(
        tag, from, importPolicy, referencePolicy, image, pullSpec, "", "", List.of());
  }

  public static TagImport failed(
      String tag,
      String from,
      TagImportPolicy importPolicy,
      ReferencePolicyType referencePolicy,
      String reason,
      String message) {
    return new TagImport(
        tag, from, importPolicy, referencePolicy, "", "", reason, message, List.of());
  }

  /** The same result with the Images the import built. */
  public TagImport withImages(List<Image> built) {
    return new TagImport(
        tag, from, importPolicy, referencePolicy, image, pullSpec, reason, message, built);
  }

  public boolean success() {
    return !image.isEmpty();
  }
}
