package io.isctl.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operating system, architecture and optional variant, in the GOOS/GOARCH values image indexes
 * use ({@code linux/arm64}, {@code linux/arm/v7}).
 *
 * @param variant "" when none is named
 */
public record Platform(String os, String architecture, String variant) {
  /** What OpenShift's importer falls back to, and the platform of almost every cluster. */
  public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", "");

  private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,31}");

  /**
   * {@code os/arch[/variant]}, as {@code --platform} takes it.
   *
   * @return empty when the text is not of that form
   */
  public static Optional<Platform> parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length < 2 || parts.length > 3) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (!PART.matcher(part).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : ""));
  }

  @Override
  public String toString() {
    return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
  }
}
