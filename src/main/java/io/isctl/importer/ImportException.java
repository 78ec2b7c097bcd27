package io.isctl.importer;

import io.isctl.base.IsctlException;

/** A repository that cannot be imported or listed as asked; the message names it and says why. */
public final class ImportException extends IsctlException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
