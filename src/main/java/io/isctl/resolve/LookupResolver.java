package io.isctl.resolve;

import io.isctl.go.GoStrings;
import io.isctl.model.ImageStream;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.StreamSource;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import io.isctl.reference.StreamNames;
import java.util.Optional;

/**
 * What image-policy admission does to a container image under OpenShift's default configuration:
 * short names are looked up in the Pod's namespace when the stream allows local lookup (or the
 * workload asks for it with the {@code resolve-names} annotation), and rewritten only when that
 * lookup succeeds.
 */
public final class LookupResolver {
  private final StreamSource streams;
  private final String internalRegistry;

  public LookupResolver(StreamSource streams, String internalRegistry) {
    this.streams = streams;
    this.internalRegistry = internalRegistry;
  }

  /**
   * Resolves {@code image} as written in a container of a Pod in {@code namespace}.
   *
   * @param forceLocal the workload carries {@code alpha.image.policy.openshift.io/resolve-names:
   *     "*"}
   */
  public Resolution resolve(String image, String namespace, boolean forceLocal) {
    return decide(image, namespace, forceLocal).validFor(image);
  }

  private Resolution decide(String image, String namespace, boolean forceLocal) {
    ImageReference ref;
    try {
      ref = ImageReference.parse(image);
    } catch (InvalidReferenceException e) {
      return Resolution.unresolved(image, "not a valid image reference: " + e.getMessage());
    }
    if (!ref.id().isEmpty()) {
      return Resolution.resolved(
          image,
          "digest kept",
          "an image by digest is resolved but never rewritten by admission: Pods pull it as written");
    }
    boolean full = !internalRegistry.isEmpty() && ref.registry().equals(internalRegistry);
    boolean partial =
        forceLocal
            || (ref.registry().isEmpty() && ref.namespace().isEmpty() && !ref.name().isEmpty());
    if (!full && !partial) {
      return Resolution.asWritten(
          image, "only short names (name or name:tag) are looked up in image streams");
    }
    Lookup lookup =
        new Lookup(
            image,
            ref.name(),
            ref.namespace().isEmpty() || forceLocal ? namespace : ref.namespace(),
            ref.tag().isEmpty() ? "latest" : ref.tag(),
            partial,
            forceLocal);
    Optional<String> notAStream = notAStream(lookup.namespace(), lookup.name());
    if (notAStream.isPresent()) {
      // The server's lookup of the ImageStreamTag fails; under the default policy (AttemptRewrite)
      // admission then lets the Pod in unchanged.
      return Resolution.unresolved(
          image, notAStream.get() + ": admission cannot look it up and admits the Pod as written");
    }
    Optional<ImageStream> found = streams.find(lookup.namespace(), lookup.name());
    if (found.isEmpty()) {
      return Resolution.asWritten(
          image, "no image stream " + lookup.stream() + ": Pods pull the name as written");
    }
    ImageStream stream = found.get();
    Optional<TagEvent> latest = stream.status().latest(lookup.tag());
    if (latest.isPresent() && !latest.get().image().isEmpty()) {
      return withImage(lookup, stream, latest.get());
    }
    return withoutImage(lookup, stream, latest.isPresent());
  }

  /**
   * A name admission looks up in a stream.
   *
   * @param image the name as written
   * @param partial a short name (or any name, under the resolve-names annotation), which admission
   *     rewrites; otherwise a full integrated-registry name, which it leaves as written
   */
  private record Lookup(
      String image,
      String name,
      String namespace,
      String tag,
      boolean partial,
      boolean forceLocal) {
    String stream() {
      return namespace + "/" + name;
    }
  }

  private static boolean lookupAllowed(Lookup lookup, ImageStream stream) {
    return lookup.forceLocal() || stream.spec().lookupLocal();
  }

  /** The tag has an image: pinned by digest, if the stream allows local lookup. */
  private Resolution withImage(Lookup lookup, ImageStream stream, TagEvent latest) {
    if (lookup.partial() && !lookupAllowed(lookup, stream)) {
      return Resolution.unresolved(
          lookup.image(),
          "image stream "
              + lookup.stream()
              + " does not allow local references (lookupPolicy.local is false; 'isctl set image-lookup "
              + lookup.name()
              + "' enables it)");
    }
    String resolved = byDigest(stream, lookup.tag(), latest);
    if (!lookup.partial()) {
      return Resolution.resolved(
          lookup.image(),
          "integrated registry name kept",
          "a full integrated-registry name resolves to "
              + resolved
              + " but admission leaves it as written");
    }
    return Resolution.resolved(
        resolved,
        lookup.forceLocal() ? "resolve-names annotation" : "lookupPolicy.local",
        "the short name was looked up in image stream "
            + lookup.stream()
            + " and pinned to the tag's current image by digest");
  }

  /** No image id: the tag is missing, pending, or a reference tag (which has none by design). */
  private Resolution withoutImage(Lookup lookup, ImageStream stream, boolean tagExists) {
    boolean lookupAllowed = lookupAllowed(lookup, stream);
    String repository = stream.status().dockerImageRepository();
    if (lookupAllowed && !repository.isEmpty() && parses(repository)) {
      return Resolution.resolved(
          repository + ":" + lookup.tag(),
          "integrated registry by tag",
          "the tag has no image id ("
              + (tagExists ? "a reference tag" : "no such tag or not imported yet")
              + "), so admission points at the integrated registry by tag, which cannot serve it: the pull fails");
    }
    return Resolution.unresolved(
        lookup.image(),
        "image stream tag "
            + lookup.stream()
            + ":"
            + lookup.tag()
            + " has no image"
            + (lookupAllowed ? "" : " and the stream does not allow local references"));
  }

  /** The istag's image reference, re-pointed at the image id: {@code <repository>@<id>}. */
  private static String byDigest(ImageStream stream, String tag, TagEvent event) {
    String repository = stream.status().dockerImageRepository();
    boolean local =
        stream
            .spec()
            .tag(tag)
            .map(TagReference::referencePolicy)
            .filter(p -> p == ReferencePolicyType.LOCAL)
            .isPresent();
    String pullSpec =
        local && !repository.isEmpty()
            ? repository + "@" + event.image()
            : event.dockerImageReference();
    try {
      return ImageReference.parse(pullSpec).withTag("").withId(event.image()).exact();
    } catch (InvalidReferenceException e) {
      return pullSpec;
    }
  }

  /**
   * Why {@code namespace/name} cannot name an image stream (a name with a slash, such as {@code
   * foo/baz} from {@code bar/foo/baz}, none at all, such as from {@code quay.io}, or a bad
   * namespace), if it cannot.
   */
  private static Optional<String> notAStream(String namespace, String name) {
    return StreamNames.validateStreamName(name)
        .map(msg -> "invalid image stream name " + GoStrings.quote(name) + ": " + msg)
        .or(
            () ->
                StreamNames.validateNamespace(namespace)
                    .map(msg -> "invalid namespace " + GoStrings.quote(namespace) + ": " + msg));
  }

  private static boolean parses(String pullSpec) {
    try {
      ImageReference.parse(pullSpec);
      return true;
    } catch (InvalidReferenceException e) {
      return false;
    }
  }
}
