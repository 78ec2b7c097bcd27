package io.isctl.apiserver;

/**
 * An image config blob the server cannot turn into image metadata; the message says why, in the
 * server's words.
 */
public final class ImageConfigException extends RuntimeException {
  public ImageConfigException(String message) {
    super(message);
  }
}
