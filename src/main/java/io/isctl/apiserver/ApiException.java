package io.isctl.apiserver;

import io.isctl.base.IsctlException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** A request the API server would refuse, with the server's reason and a one-line message. */
public class ApiException extends IsctlException {

  /** The Kubernetes status reasons isctl reproduces. */
  public enum Reason {
    NOT_FOUND,
    ALREADY_EXISTS,
    CONFLICT,
    INVALID,
    BAD_REQUEST,
    METHOD_NOT_ALLOWED
  }

  /** The kind the server names in an ImageStream's Invalid status. */
  public static final String IMAGE_STREAM_KIND = "ImageStream.image.openshift.io";

  /** The resource of an image of a stream by id, as the server names it in its errors. */
  public static final String IMAGE_STREAM_IMAGE = "imagestreamimage.image.openshift.io";

  private final Reason reason;
  private final List<FieldError> causes;

  public ApiException(Reason reason, String message) {
    this(reason, message, List.of());
  }

  private ApiException(Reason reason, String message, List<FieldError> causes) {
    super(message);
    this.reason = reason;
    this.causes = List.copyOf(causes);
  }

  public Reason reason() {
    return reason;
  }

  /** The field errors of an Invalid status, in the order the server found them. */
  public List<FieldError> causes() {
    return causes;
  }

  /** A verb the resource does not serve, such as a list of image stream images. */
  public static ApiException methodNotAllowed(String hint) {
    return new ApiException(
        Reason.METHOD_NOT_ALLOWED,
        "the server does not allow this method on the requested resource (" + hint + ")");
  }

  public static ApiException notFound(String resource, String name) {
    return new ApiException(Reason.NOT_FOUND, resource + " \"" + name + "\" not found");
  }

  /**
   * The server's Invalid status for an ImageStream: every field error at once, as one message
   * ({@link FieldError#invalidMessage}).
   */
  public static ApiException invalid(String name, List<FieldError> errors) {
    return new ApiException(
        Reason.INVALID, FieldError.invalidMessage(IMAGE_STREAM_KIND, name, errors), errors);
  }

  /**
   * {@code ResolveImageID}'s Conflict when an id is the prefix of several images of a stream
   * (listed sorted, as Go's string set lists them).
   */
  public static ApiException multipleImages(String id, Collection<String> images) {
    return conflict(
        IMAGE_STREAM_IMAGE,
        id,
        "multiple images match the prefix \""
            + id
            + "\": "
            + String.join(", ", new TreeSet<>(images)));
  }

  /**
   * {@code apierrors.NewConflict}: {@code Operation cannot be fulfilled on <resource> "<name>":
   * <why>}.
   */
  public static ApiException conflict(String resource, String name, String why) {
    return new ApiException(
        Reason.CONFLICT,
        "Operation cannot be fulfilled on " + resource + " \"" + name + "\": " + why);
  }
}
