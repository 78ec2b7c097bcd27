package io.isctl.ops;

/**
 * An operation that failed for a reason the user must act on (exit code 1); the message is one
 * line.
 */
public class OperationException extends RuntimeException {
  public OperationException(String message) {
    super(message);
  }

  public OperationException(String message, Throwable cause) {
    super(message, cause);
  }
}
