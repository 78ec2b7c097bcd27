package io.isctl.ops;

import io.isctl.base.IsctlException;

/**
 * An operation that failed for a reason the user must act on (exit code 1); the message is one
 * line.
 */
public class OperationException extends IsctlException {
  public OperationException(String message) {
    super(message);
  }

  public OperationException(String message, Throwable cause) {
    super(message, cause);
  }
}
