package io.isctl.ops;

/** The command line asked for something that cannot be done as written (exit code 2). */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
