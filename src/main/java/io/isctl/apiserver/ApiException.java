package io.isctl.apiserver;

import io.isctl.base.IsctlException;

/** A request the API server would refuse, with the server's reason and a one-line message. */
public class ApiException extends IsctlException {

  /** The Kubernetes status reasons isctl reproduces. */
  public enum Reason {
    NOT_FOUND,
    ALREADY_EXISTS,
    CONFLICT,
    INVALID,
    BAD_REQUEST
  }

  private final Reason reason;

  public ApiException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public static ApiException notFound(String resource, String name) {
    return new ApiException(Reason.NOT_FOUND, resource + " \"" + name + "\" not found");
  }

  public static ApiException invalid(String name, String field, String detail) {
    return new ApiException(
        Reason.INVALID,
        "ImageStream.image.openshift.io \"" + name + "\" is invalid: " + field + ": " + detail);
  }
}
