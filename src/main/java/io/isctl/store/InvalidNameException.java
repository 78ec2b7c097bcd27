package io.isctl.store;

/** A namespace or stream name the API server would reject. */
public final class InvalidNameException extends StoreException {
  public InvalidNameException(String message) {
    super(message);
  }
}
