package io.isctl.ops;

import io.isctl.base.UsageException;
import io.isctl.model.Platform;

/** {@code --platform} as typed. */
final class Platforms {
  private Platforms() {}

  /**
   * The platform named, or null for none.
   *
   * @throws UsageException when it is not {@code os/arch[/variant]}
   */
  static Platform option(String typed) {
    if (typed == null || typed.isEmpty()) {
      return null;
    }
    return Platform.parse(typed)
        .orElseThrow(
            () ->
                new UsageException(
                    "invalid --platform \""
                        + typed
                        + "\": expected os/arch[/variant], such as linux/arm64 or linux/arm/v7"));
  }
}
