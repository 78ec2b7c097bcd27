package io.isctl.cli;

import picocli.CommandLine.Option;

/** {@code --max-concurrency} for the commands that reach registries. */
final class RegistryConcurrency {
  @Option(
      names = "--max-concurrency",
      paramLabel = "N",
      defaultValue = "8",
      description =
          "Requests kept in flight to each registry; 429 and Retry-After pause them all. "
              + "Default: ${DEFAULT-VALUE}.")
  int maxConcurrency;

  /** The session with this limit, before it reaches a registry. */
  Session applyTo(Session session) {
    return session.withMaxConcurrency(maxConcurrency);
  }
}
