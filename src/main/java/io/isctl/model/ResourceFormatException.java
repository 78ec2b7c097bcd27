package io.isctl.model;

/** A resource file whose shape is not what the API accepts; the message names the field. */
public final class ResourceFormatException extends RuntimeException {
  public ResourceFormatException(String message) {
    super(message);
  }
}
