package io.isctl.registry;

import java.time.Duration;

/**
 * Per-request time limits.
 *
 * @param connect TCP and TLS connect
 * @param read the longest silence while reading a response
 * @param call one whole request including reading the body (not the retries around it)
 */
public record RegistryTimeouts(Duration connect, Duration read, Duration call) {

  /** 10 s connect, 30 s read, 2 min per call. */
  public static RegistryTimeouts defaults() {
    return new RegistryTimeouts(
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2));
  }
}
