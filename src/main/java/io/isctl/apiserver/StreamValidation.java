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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API server's validation of an ImageStream on create and update ({@code ValidateImageStream}):
 * every problem of the object is found, each at its field path, so one refusal names them all.
 */
public final class StreamValidation {
  private StreamValidation() {}

  /**
   * Checks names, the repository, spec tags and status references.
   *
   * @throws ApiException (INVALID) naming every bad field
   */
  public static void validate(ImageStream stream) {
    List<FieldError> errors = errors(stream);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(stream.name(), errors);
    }
  }

  /**
   * Every validation error of the stream, in the server's order: metadata, the repository, spec
   * tags, status tags. (The server walks its tag maps in Go's random order; isctl walks them in the
   * order the stream lists them, by name, so the same stream always gives the same message.)
   */
  public static List<FieldError> errors(ImageStream stream) {
    List<FieldError> errors = new ArrayList<>();
    String name = stream.name();
    if (name.isEmpty()) {
      errors.add(FieldError.required("metadata.name", StreamNames.NAME_REQUIRED));
    } else {
      StreamNames.streamNameErrors(name)
          .forEach(msg -> errors.add(FieldError.invalid("metadata.name", name, msg)));
    }
    String namespace = stream.namespace();
    if (namespace.isEmpty()) {
      errors.add(FieldError.required("metadata.namespace", ""));
    } else {
      StreamNames.namespaceErrors(namespace)
          .forEach(msg -> errors.add(FieldError.invalid("metadata.namespace", namespace, msg)));
    }
    StreamNames.validateNamespacedNameLength(namespace, name)
        .ifPresent(msg -> errors.add(FieldError.invalid("metadata.name", name, msg)));
    repositoryErrors(stream.spec().dockerImageRepository(), errors);
    for (TagReference tag : stream.spec().tags()) {
      tagErrors(tag, errors);
    }
    for (NamedTagEventList history : stream.status().tags()) {
      for (int i = 0; i < history.items().size(); i++) {
        TagEvent event = history.items().get(i);
        String field = "status.tags[" + history.tag() + "].items[" + i + "].dockerImageReference";
        if (event.dockerImageReference().isEmpty()) {
          errors.add(FieldError.required(field, ""));
          continue;
        }
        parse(event.dockerImageReference())
            .ifPresent(
                msg -> errors.add(FieldError.invalid(field, event.dockerImageReference(), msg)));
      }
    }
    return List.copyOf(errors);
  }

  /** A repository to import whole: a pull spec without a tag or an ID. */
  private static void repositoryErrors(String repository, List<FieldError> errors) {
    if (repository.isEmpty()) {
      return;
    }
    String field = "spec.dockerImageRepository";
    ImageReference ref;
    try {
      ref = ImageReference.parse(repository);
    } catch (InvalidReferenceException e) {
      errors.add(FieldError.invalid(field, repository, e.getMessage()));
      return;
    }
    if (!ref.tag().isEmpty()) {
      errors.add(
          FieldError.invalid(field, repository, "the repository name may not contain a tag"));
    }
    if (!ref.id().isEmpty()) {
      errors.add(
          FieldError.invalid(field, repository, "the repository name may not contain an ID"));
    }
  }

  /** {@code ValidateImageStreamTagReference}. */
  private static void tagErrors(TagReference tag, List<FieldError> errors) {
    String field = "spec.tags[" + tag.name() + "]";
    ObjectReference from = tag.from();
    if (from != null) {
      if (from.name().isEmpty()) {
        errors.add(FieldError.required(field + ".from.name", ""));
      }
      switch (from.kind()) {
        case ObjectReference.DOCKER_IMAGE -> {
          if (!from.name().isEmpty()) {
            parse(from.name())
                .ifPresent(
                    msg -> errors.add(FieldError.invalid(field + ".from.name", from.name(), msg)));
          }
        }
        case ObjectReference.IMAGE_STREAM_TAG, ObjectReference.IMAGE_STREAM_IMAGE -> {
          if (tag.importPolicy().scheduled()) {
            errors.add(
                FieldError.invalid(
                    field + ".importPolicy.scheduled",
                    true,
                    "only tags pointing to Docker repositories may be scheduled for background import"));
          }
        }
        default ->
            errors.add(
                FieldError.required(
                    field + ".from.kind",
                    "valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'"));
      }
    }
    String mode = tag.importPolicy().importMode();
    if (!TagImportPolicy.LEGACY.equals(mode) && !TagImportPolicy.PRESERVE_ORIGINAL.equals(mode)) {
      errors.add(
          FieldError.invalid(
              field + ".importPolicy.importMode",
              mode,
              "invalid import mode, valid modes are '', 'Legacy', 'PreserveOriginal'"));
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
}
