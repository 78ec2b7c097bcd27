package io.isctl.model;

import java.util.Objects;

/**
 * How a Docker image tag is imported.
 *
 * @param importMode {@code Legacy} or {@code PreserveOriginal}; "" only before defaulting
 */
public record TagImportPolicy(boolean insecure, boolean scheduled, String importMode) {

  public static final String LEGACY = "Legacy";
  public static final String PRESERVE_ORIGINAL = "PreserveOriginal";

  /** What the server's decoding fills in when a file says nothing. */
  public static final TagImportPolicy DEFAULT = new TagImportPolicy(false, false, LEGACY);

  public TagImportPolicy {
    // The API server defaults an empty mode on every decode, so it never reads back empty.
    importMode = importMode == null || importMode.isEmpty() ? LEGACY : importMode;
  }

  /** Written out: see {@link ImageStream#equals}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TagImportPolicy that
        && insecure == that.insecure
        && scheduled == that.scheduled
        && Objects.equals(importMode, that.importMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(insecure, scheduled, importMode);
  }
}
