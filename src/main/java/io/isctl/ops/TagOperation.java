package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.base.UsageException;
import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.Platform;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagEvent;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import io.isctl.reference.StreamNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code oc tag}: the client's three stages (complete the source, validate the flags, write each
 * destination) followed by what the server does with the written tag.
 */
public final class TagOperation {
  private static final List<String> VALID_SOURCES =
      List.of("docker", "dockerimage", "imagestreamimage", "imagestreamtag", "isimage", "istag");

  private final ImageApiServer api;

  public TagOperation(ImageApiServer api) {
    this.api = api;
  }

  /**
   * Writes every destination under the store lock, as oc's PUTs; then, with the lock released,
   * imports what the writes made due, as the cluster's import controller does next. Each
   * destination's line says, in one place, that its spec tag was set and, when so, that its import
   * failed (the tag's ImportSuccess=False condition); why follows on stderr in import-image's
   * words.
   */
  public OperationResult apply(TagRequest request) {
    OperationResult.Builder result = new OperationResult.Builder();
    Platform platform = Platforms.option(request.platform());
    Plan plan = plan(request);
    List<Put> puts = api.store().exclusively(() -> write(request, plan, result));
    for (Put put : puts) {
      ImageApiServer.Written written =
          api.importDue(put.written(), ProgressListener.NONE, platform);
      // This tag's own import; a failure of another tag the write made due is reported below.
      boolean failed =
          written.imports().stream()
              .anyMatch(i -> i.tag().equals(put.destination().tag()) && !i.success());
      result.out(
          put.message()
              + request.dryRun().suffix()
              + (failed ? "; the import failed (ImportSuccess=False)." : "."));
      result.object(written.stream());
      written
          .pending()
          .forEach(
              pending ->
                  result.err(
                      "info: "
                          + new StreamTagName(
                                  put.destination().namespace(),
                                  put.destination().stream() + ":" + pending.name())
                              .display(request.namespace())
                          + " is pending import of "
                          + pending.from().name()
                          + "; 'isctl sync' imports it when the registry can be reached"));
      written.failures().forEach(failure -> result.fail("error: " + failure));
    }
    return result.build();
  }

  /**
   * One destination written, and what its write made due.
   *
   * @param message oc's message for it, without its full stop
   */
  private record Put(StreamTagName destination, ImageApiServer.Written written, String message) {}

  /** What oc's Complete and Validate make of the command line: the source and destinations. */
  private record Plan(Source source, List<StreamTagName> destinations) {}

  /**
   * oc's Complete and Validate, before the store is locked (oc reads the source before it writes,
   * too): a mistake writes nothing, and makes no store folder.
   */
  private Plan plan(TagRequest request) {
    List<String> args = request.args();
    if (args.size() < 2 && (args.isEmpty() || !request.delete())) {
      throw new UsageException(
          "you must specify a source and at least one destination or one or more tags to delete");
    }
    Source source = request.delete() ? null : completeSource(request);
    List<StreamTagName> destinations = new ArrayList<>();
    for (String arg : request.delete() ? args : args.subList(1, args.size())) {
      destinations.add(StreamTagName.parse(arg, request.namespace()));
    }
    validate(request, source, destinations);
    return new Plan(source, destinations);
  }

  /** oc's Run: each destination written, under the store lock. */
  private List<Put> write(TagRequest request, Plan plan, OperationResult.Builder result) {
    Source source = plan.source();
    List<StreamTagName> destinations = plan.destinations();
    List<Put> puts = new ArrayList<>();
    if (request.delete()) {
      for (StreamTagName destination : destinations) {
        result.object(
            api.deleteTag(destination.namespace(), destination.stream(), destination.tag()));
        result.out(
            "Deleted tag "
                + destination.namespace()
                + "/"
                + destination.nameAndTag()
                + request.dryRun().suffix()
                + ".");
      }
      return puts;
    }
    for (StreamTagName destination : destinations) {
      TagReference tag = tagFor(request, source, destination);
      puts.add(
          new Put(
              destination,
              api.putTag(destination.namespace(), destination.stream(), tag),
              message(request, source, destination)));
    }
    return puts;
  }

  /**
   * The source, its kind resolved as oc's Complete does (ImageStreamTags become images unless
   * aliased).
   */
  private Source completeSource(TagRequest request) {
    String kind = sourceKind(request.sourceKind());
    String text = request.args().get(0);
    ImageReference ref;
    try {
      ref = ImageReference.parse(text);
    } catch (InvalidReferenceException e) {
      throw new UsageException("invalid SOURCE: " + e.getMessage());
    }
    switch (kind) {
      case ObjectReference.IMAGE_STREAM_TAG, ObjectReference.IMAGE_STREAM_IMAGE -> {
        if (!ref.registry().isEmpty()) {
          throw new UsageException(
              "server in SOURCE is only allowed when providing a container image");
        }
        if ("library".equals(ref.namespace())) {
          ref = ref.withNamespace(request.namespace());
        }
        if (kind.equals(ObjectReference.IMAGE_STREAM_TAG) && ref.tag().isEmpty()) {
          throw new UsageException(
              "--source=ImageStreamTag requires a valid <name>:<tag> in SOURCE");
        }
        if (kind.equals(ObjectReference.IMAGE_STREAM_IMAGE) && ref.id().isEmpty()) {
          throw new UsageException(
              "--source=ImageStreamImage requires a valid <name>@<id> in SOURCE");
        }
      }
      case "" ->
          kind =
              !ref.registry().isEmpty()
                  ? ObjectReference.DOCKER_IMAGE
                  : !ref.id().isEmpty()
                      ? ObjectReference.IMAGE_STREAM_IMAGE
                      : !ref.tag().isEmpty()
                          ? ObjectReference.IMAGE_STREAM_TAG
                          : ObjectReference.DOCKER_IMAGE;
      default -> {}
    }
    if (kind.equals(ObjectReference.IMAGE_STREAM_TAG) && !request.alias()) {
      return resolveStreamTag(request, text, ref);
    }
    return new Source(kind, ref);
  }

  /** Maps {@code --source} to a kind; oc accepts the resource names in any case. */
  private static String sourceKind(String typed) {
    if (typed.isEmpty()) {
      return "";
    }
    return switch (typed.toLowerCase(Locale.ROOT)) {
      case "docker", "dockerimage" -> ObjectReference.DOCKER_IMAGE;
      case "imagestreamtag", "istag" -> ObjectReference.IMAGE_STREAM_TAG;
      case "imagestreamimage", "isimage" -> ObjectReference.IMAGE_STREAM_IMAGE;
      default ->
          throw new UsageException(
              "invalid source \""
                  + typed
                  + "\"; valid values are "
                  + String.join(", ", VALID_SOURCES));
    };
  }

  /** Without {@code --alias}, the client copies what the source tag points at now. */
  private Source resolveStreamTag(TagRequest request, String text, ImageReference ref) {
    String namespace = ref.namespace().isEmpty() ? request.namespace() : ref.namespace();
    ImageStream stream =
        api.get(namespace, ref.name())
            .orElseThrow(
                () -> ApiException.notFound("imagestreams.image.openshift.io", ref.name()));
    Optional<TagEvent> latest = stream.status().latest(ref.tag());
    if (latest.isEmpty()) {
      throw new OperationException(
          "\""
              + text
              + "\" is not currently pointing to an image, cannot use it as the source of a tag");
    }
    TagEvent event = latest.get();
    if (event.image().isEmpty()) {
      try {
        return new Source(
            ObjectReference.DOCKER_IMAGE, ImageReference.parse(event.dockerImageReference()));
      } catch (InvalidReferenceException e) {
        throw new OperationException(
            "the image stream tag \""
                + text
                + "\" has an invalid pull spec and cannot be used to tag: "
                + e.getMessage());
      }
    }
    return new Source(ObjectReference.IMAGE_STREAM_IMAGE, ref.withTag("").withId(event.image()));
  }

  /** oc's Validate, in oc's order. */
  private static void validate(
      TagRequest request, Source source, List<StreamTagName> destinations) {
    if (request.delete() && request.alias()) {
      throw new UsageException("--alias and --delete may not be both specified");
    }
    if (!request.referencePolicy().equals("source") && !request.referencePolicy().equals("local")) {
      throw new UsageException("reference policy must be set to 'source' or 'local'");
    }
    boolean importFlags = request.scheduled() || request.insecure();
    if (request.delete()) {
      if (!request.sourceKind().isEmpty()) {
        throw new UsageException("cannot specify a source kind when deleting");
      }
      if (importFlags) {
        throw new UsageException("cannot set flags for importing images when deleting a tag");
      }
      if (!request.importMode().isEmpty()) {
        throw new UsageException("cannot specify an import mode when deleting");
      }
    }
    if (destinations.isEmpty()) {
      throw new UsageException("at least a destination is required");
    }
    if (source != null && !source.kind().equals(ObjectReference.DOCKER_IMAGE) && importFlags) {
      throw new UsageException("only container images can have importing flags set");
    }
    if (request.alias()) {
      if (importFlags) {
        throw new UsageException(
            "cannot set a container image tag as an alias and also set import flags");
      }
      for (StreamTagName destination : destinations) {
        destination.requireTag();
        if (!destination.namespace().equals(request.namespace())
            || !destination.stream().equals(source.ref().name())) {
          throw new UsageException("cannot set alias across different Image Streams");
        }
      }
    }
    String mode = request.importMode();
    if (!mode.isEmpty()
        && !mode.equals(TagImportPolicy.LEGACY)
        && !mode.equals(TagImportPolicy.PRESERVE_ORIGINAL)) {
      throw new UsageException("valid ImportMode values are Legacy or PreserveOriginal");
    }
    // oc checks each destination as it writes it; isctl checks all first so that no error leaves
    // half the work done.
    for (StreamTagName destination : destinations) {
      destination.requireTag();
      if (!request.delete() && !StreamNames.isValidTagName(destination.tag())) {
        throw new UsageException(StreamNames.invalidTagMessage(destination.tag()));
      }
    }
  }

  /** The spec tag oc sends: everything set from the flags, so flags not repeated are reset. */
  private static TagReference tagFor(TagRequest request, Source source, StreamTagName destination) {
    ImageReference ref = source.ref();
    ObjectReference from;
    Long generation = null;
    if (source.kind().equals(ObjectReference.DOCKER_IMAGE)) {
      from = ObjectReference.dockerImage(ref.exact());
      generation = 0L; // forces an import even when the source did not change
    } else {
      String namespace = ref.namespace();
      if (namespace.isEmpty() && !destination.namespace().equals(request.namespace())) {
        namespace = request.namespace();
      }
      from = ObjectReference.of(source.kind(), namespace, ref.nameString());
    }
    TagImportPolicy importPolicy =
        new TagImportPolicy(request.insecure(), request.scheduled(), request.importMode());
    ReferencePolicyType policy =
        request.referencePolicy().equals("local")
            ? ReferencePolicyType.LOCAL
            : ReferencePolicyType.SOURCE;
    return new TagReference(
        destination.tag(), null, from, request.reference(), generation, importPolicy, policy, null);
  }

  private static String message(TagRequest request, Source source, StreamTagName destination) {
    boolean sameNamespace = destination.namespace().equals(request.namespace());
    String dest = destination.display(request.namespace());
    String src = source.ref().exact();
    if (request.alias()) {
      return "Tag " + dest + " set up to track " + src;
    }
    if (request.scheduled()) {
      // oc's wording differs for another namespace ("set to X periodically"); kept as oc prints it.
      return sameNamespace
          ? "Tag " + dest + " set to import " + src + " periodically"
          : "Tag " + dest + " set to " + src + " periodically";
    }
    return "Tag " + dest + " set to " + src;
  }

  private record Source(String kind, ImageReference ref) {}
}
