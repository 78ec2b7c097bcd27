package io.isctl.store;

import io.isctl.base.IsctlException;

/** A store file or folder that cannot be read or written; the message names it. */
public class StoreException extends IsctlException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
