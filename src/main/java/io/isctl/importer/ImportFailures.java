package io.isctl.importer;

import io.isctl.registry.DigestMismatchException;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryNotFoundException;
import io.isctl.registry.RegistryUnauthorizedException;
import io.isctl.registry.RegistryUnavailableException;

/** The status reason and message OpenShift's importer reports for a failed image, by cause. */
final class ImportFailures {
  private ImportFailures() {}

  /** A failure as the server words it; {@code normalized} is the source with Docker's defaults. */
  static Failure of(RegistryException e, String normalized, boolean insecure) {
    if (e instanceof RegistryNotFoundException) {
      return new Failure(
          "NotFound", "dockerimage.image.openshift.io \"" + normalized + "\" not found");
    }
    if (e instanceof RegistryUnauthorizedException) {
      return new Failure(
          "Unauthorized", "you may not have access to the container image \"" + normalized + "\"");
    }
    if (e instanceof RegistryUnavailableException
        && !insecure
        && e.getMessage().contains("mark it insecure")) {
      String repository = normalized.replaceAll("[:@][^/]*$", "");
      return new Failure(
          "BadRequest",
          "the repository "
              + repository
              + " is HTTP only and requires the insecure flag to import");
    }
    if (e instanceof DigestMismatchException) {
      return new Failure(
          "InternalError",
          "Internal error occurred: "
              + normalized
              + ": content integrity error: "
              + e.getMessage());
    }
    return internal(normalized, e.getMessage());
  }

  /** A failure inside the server, such as an image config it cannot read. */
  static Failure internal(String normalized, String detail) {
    return new Failure("InternalError", "Internal error occurred: " + normalized + ": " + detail);
  }

  static Failure invalidName(String from, String detail) {
    return new Failure(
        "Invalid",
        "spec.images[0].from.name: Invalid value: \"" + from + "\": invalid name: " + detail);
  }

  static Failure blocked(String registry) {
    return new Failure("Forbidden", "registry " + registry + " blocked");
  }

  /** A failure's status reason and message. */
  record Failure(String reason, String message) {}
}
