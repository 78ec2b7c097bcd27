package io.isctl.model;

import io.isctl.base.IsctlException;

/** A resource file whose shape is not what the API accepts; the message names the field. */
public final class ResourceFormatException extends IsctlException {
  public ResourceFormatException(String message) {
    super(message);
  }
}
