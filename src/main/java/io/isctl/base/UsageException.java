package io.isctl.base;

/** The command line asked for something that cannot be done as written (exit code 2). */
public final class UsageException extends IsctlException {
  public UsageException(String message) {
    super(message);
  }

  @Override
  public int exitCode() {
    return ExitCodes.USAGE;
  }
}
