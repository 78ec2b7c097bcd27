package io.isctl.ops;

/**
 * {@code --dry-run}, as kubectl spells it. isctl plays the API server itself, so a client and a
 * server dry run do the same: everything a real run computes, the registry reads included, and
 * nothing written; they differ only in what the messages say, as kubectl's do.
 */
public enum DryRun {
  NONE(""),
  CLIENT(" (dry run)"),
  SERVER(" (server dry run)");

  private final String suffix;

  DryRun(String suffix) {
    this.suffix = suffix;
  }

  /** Whether nothing may be written. */
  public boolean on() {
    return this != NONE;
  }

  /** What kubectl appends to an operation's message: {@code deleted (dry run)}. */
  public String suffix() {
    return suffix;
  }
}
