package io.isctl.apiserver;

import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagImportPolicy;

/**
 * The outcome of importing one tag, as the server's importer reports it.
 *
 * @param tag the stream tag the image goes to
 * @param from the source as requested, in the user's spelling
 * @param importPolicy the policy the import request carried
 * @param referencePolicy applied only to a spec tag that has none yet
 * @param image the image's digest; "" when the import failed
 * @param pullSpec the recorded reference: the source's spelling at the digest ({@code mysql@sha256:…})
 * @param reason the failure's status reason ({@code NotFound}, {@code Unauthorized}, …); "" on success
 * @param message the failure's message
 */
public record TagImport(
    String tag,
    String from,
    TagImportPolicy importPolicy,
    ReferencePolicyType referencePolicy,
    String image,
    String pullSpec,
    String reason,
    String message) {

  public static TagImport succeeded(String tag, String from, TagImportPolicy importPolicy,
      ReferencePolicyType referencePolicy, String image, String pullSpec) {
    return new TagImport(tag, from, importPolicy, referencePolicy, image, pullSpec, "", "");
  }

  public static TagImport failed(String tag, String from, TagImportPolicy importPolicy,
      ReferencePolicyType referencePolicy, String reason, String message) {
    return new TagImport(tag, from, importPolicy, referencePolicy, "", "", reason, message);
  }

  public boolean success() {
    return !image.isEmpty();
  }
}
