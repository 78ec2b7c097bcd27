package io.isctl.workload;

import io.isctl.base.IsctlException;

/**
 * A manifest the cluster would reject, or that cannot be read; the message is one line naming the
 * file and field.
 */
public final class WorkloadException extends IsctlException {
  private static final long serialVersionUID = 1L;

  public WorkloadException(String message) {
    super(message);
  }

  public WorkloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
