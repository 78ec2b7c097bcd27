package io.isctl.base;

/** The exit codes scripts can rely on. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** The command failed: registry error, object not found, import failed, nothing to resolve. */
  public static final int FAILED = 1;

  /** The command line was wrong: unknown flag, bad value, flags that may not go together. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
