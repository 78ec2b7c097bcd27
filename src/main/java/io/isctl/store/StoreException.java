package io.isctl.store;

/** A store file or folder that cannot be read or written; the message names it. */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
