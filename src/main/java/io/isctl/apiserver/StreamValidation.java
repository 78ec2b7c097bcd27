package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import io.isctl.reference.StreamNames;
import java.util.Optional;

/** The API server's validation of an ImageStream on create and update. */
public final class StreamValidation {
  private StreamValidation() {}

  /**
   * Checks names, spec tags and status references.
   *
   * @throws ApiException (INVALID) naming the first bad field
   */
  public static void validate(ImageStream stream) {
    String name = stream.name();
    StreamNames.validateStreamName(name)
        .ifPresent(msg -> fail(name, "metadata.name", invalidValue(name, msg)));
    StreamNames.validateNamespace(stream.namespace())
        .ifPresent(msg -> fail(name, "metadata.namespace", invalidValue(stream.namespace(), msg)));
    if ((stream.namespace() + "/" + name).length() > 255) {
      fail(
          name,
          "metadata.name",
          invalidValue(name, "'namespace/name' cannot be longer than 255 characters"));
    }
    String repository = stream.spec().dockerImageRepository();
    if (!repository.isEmpty()) {
      parse(repository)
          .ifPresent(
              msg -> fail(name, "spec.dockerImageRepository", invalidValue(repository, msg)));
    }
    for (TagReference tag : stream.spec().tags()) {
      validateTag(name, tag);
    }
    for (NamedTagEventList history : stream.status().tags()) {
      for (int i = 0; i < history.items().size(); i++) {
        TagEvent event = history.items().get(i);
        String field = "status.tags[" + history.tag() + "].items[" + i + "].dockerImageReference";
        if (event.dockerImageReference().isEmpty()) {
          fail(name, field, "Required value");
        }
        parse(event.dockerImageReference())
            .ifPresent(msg -> fail(name, field, invalidValue(event.dockerImageReference(), msg)));
      }
    }
  }

  private static void validateTag(String stream, TagReference tag) {
    String field = "spec.tags[" + tag.name() + "]";
    ObjectReference from = tag.from();
    if (from != null) {
      if (from.name().isEmpty()) {
        fail(stream, field + ".from.name", "Required value");
      }
      switch (from.kind()) {
        case ObjectReference.DOCKER_IMAGE ->
            parse(from.name())
                .ifPresent(
                    msg -> fail(stream, field + ".from.name", invalidValue(from.name(), msg)));
        case ObjectReference.IMAGE_STREAM_TAG, ObjectReference.IMAGE_STREAM_IMAGE -> {
          if (tag.importPolicy().scheduled()) {
            fail(
                stream,
                field + ".importPolicy.scheduled",
                invalidValue(
                    "true",
                    "only tags pointing to Docker repositories may be scheduled for background import"));
          }
        }
        default ->
            fail(
                stream,
                field + ".from.kind",
                "Required value: valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'");
      }
    }
    String mode = tag.importPolicy().importMode();
    if (!TagImportPolicy.LEGACY.equals(mode) && !TagImportPolicy.PRESERVE_ORIGINAL.equals(mode)) {
      fail(
          stream,
          field + ".importPolicy.importMode",
          invalidValue(
              mode, "invalid import mode, valid modes are '', 'Legacy', 'PreserveOriginal'"));
    }
  }

  /** The parse error of a pull spec, if any. */
  private static Optional<String> parse(String pullSpec) {
    try {
      ImageReference.parse(pullSpec);
      return Optional.empty();
    } catch (InvalidReferenceException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static String invalidValue(String value, String message) {
    return "Invalid value: \"" + value + "\": " + message;
  }

  private static void fail(String stream, String field, String detail) {
    throw ApiException.invalid(stream, field, detail);
  }
}
