package io.isctl.base;

/**
 * A failure the user must act on: a one-line message that names what failed, and the exit code
 * scripts see. Every failure isctl expects extends it, so one handler ({@code cli.Cli}) reports
 * them all the same way; anything else is an internal error.
 */
public abstract class IsctlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected IsctlException(String message) {
    super(message);
  }

  protected IsctlException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@link ExitCodes#FAILED}, unless the command line was at fault. */
  public int exitCode() {
    return ExitCodes.FAILED;
  }
}
