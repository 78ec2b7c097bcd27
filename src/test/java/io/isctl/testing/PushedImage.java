package io.isctl.testing;

import java.util.List;

/**
 * What a test pushed: the manifest (or index) bytes and digest, its config blob where it has one,
 * and for an index the children in index order.
 */
public record PushedImage(
    String repository,
    String tag,
    String mediaType,
    String digest,
    byte[] manifest,
    String configDigest,
    byte[] config,
    List<PushedImage> children) {

  /** The child pushed for the given architecture. */
  public PushedImage child(String architecture) {
    return children.stream()
        .filter(
            c ->
                new String(c.config(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("\"architecture\":\"" + architecture + "\""))
        .findFirst()
        .orElseThrow();
  }
}
