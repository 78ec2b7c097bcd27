package io.isctl.apiserver;

import io.isctl.base.IsctlException;

/**
 * An image config blob the server cannot turn into image metadata; the message says why, in the
 * server's words.
 */
public final class ImageConfigException extends IsctlException {
  public ImageConfigException(String message) {
    super(message);
  }
}
