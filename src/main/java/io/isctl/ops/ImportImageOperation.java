package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.RepositoryTags;
import io.isctl.apiserver.TagImport;
import io.isctl.base.UsageException;
import io.isctl.go.GoStrings;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.ObjectReference;
import io.isctl.model.Platform;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code oc import-image}: works out what to import into which tags, then imports it as the server
 * does.
 */
public final class ImportImageOperation {
  private final ImageApiServer api;
  private final ProgressListener progress;

  public ImportImageOperation(ImageApiServer api) {
    this(api, ProgressListener.NONE);
  }

  /**
   * @param progress told about each image as it is imported
   */
  public ImportImageOperation(ImageApiServer api, ProgressListener progress) {
    this.api = api;
    this.progress = progress;
  }

  /**
   * What an import did: the stream afterwards and what to tell the user.
   *
   * @param imports each image's result, in request order (successful ones name the image the tag
   *     got)
   */
  public record Outcome(
      ImageStream stream,
      List<String> failures,
      List<String> additionalTags,
      DryRun dryRun,
      List<ImportedTag> imports) {}

  /**
   * One tag's import.
   *
   * @param image the image the tag got, when it succeeded
   * @param fetched the Images the import recorded (none for an image the store had)
   */
  public record ImportedTag(String tag, boolean success, String image, List<Image> fetched) {
    static List<ImportedTag> of(List<TagImport> imports) {
      return imports.stream()
          .map(i -> new ImportedTag(i.tag(), i.success(), i.image(), i.images()))
          .toList();
    }
  }

  /** An imported tag and its Image. */
  public record TaggedImage(String tag, Image image) {}

  /**
   * The Image of each tag the import succeeded for, in request order, as oc's import-image
   * describes them: the one this import fetched (tags that share an image share one Image, carried
   * by the first of them), else the stored one. A tag whose Image isctl does not have (a stream
   * imported before Images were kept) is left out.
   */
  public List<TaggedImage> images(Outcome outcome) {
    List<TaggedImage> images = new ArrayList<>();
    for (ImportedTag result : outcome.imports()) {
      if (!result.success()) {
        continue;
      }
      outcome.imports().stream()
          .flatMap(r -> r.fetched().stream())
          .filter(i -> i.name().equals(result.image()))
          .findFirst()
          .or(() -> api.image(result.image()))
          .ifPresent(image -> images.add(new TaggedImage(result.tag(), image)));
    }
    return images;
  }

  /** The stored Image of a digest, if any (what this import recorded included). */
  public Optional<Image> image(String name) {
    return api.image(name);
  }

  public Outcome apply(ImportImageRequest request) {
    Target target = parseTarget(request);
    validateFlags(request);
    Platform platform = Platforms.option(request.platform());
    if (!api.importer().online()) {
      throw new OperationException("import-image needs a registry; it cannot run with --offline");
    }
    try {
      return run(request, target, platform);
    } finally {
      progress.finish();
    }
  }

  /**
   * Plans from the stream as it is now, asks the registries with no lock held, then records the
   * answers under the lock onto the stream as it is then, as the server applies an
   * ImageStreamImport to the current object. A dry run does the same on a store that keeps what is
   * written in memory.
   */
  private Outcome run(ImportImageRequest request, Target target, Platform platform) {
    Optional<ImageStream> stored = api.get(target.namespace(), target.name());
    List<ImportSpec> specs = new ArrayList<>();
    List<String> additionalTags = new ArrayList<>();
    if (stored.isEmpty()) {
      if (!request.confirm()) {
        throw new OperationException(
            "no image stream named \""
                + target.name()
                + "\" exists, pass --confirm to create and import");
      }
      String from = request.from().isEmpty() ? request.target() : request.from();
      if (request.all()) {
        specs.addAll(repositorySpecs(request, from, null, additionalTags));
      } else {
        specs.add(spec(request, target.tag(), from, null));
      }
    } else if (request.all()) {
      specs.addAll(allSpecs(request, stored.get(), additionalTags));
    } else {
      specs.add(singleSpec(request, stored.get(), target.tag()));
    }
    ImageStream before = stored.orElse(null);
    List<TagImport> results =
        api.fetch(specs.stream().map(spec -> spec.withPlatform(platform)).toList(), progress);
    // Created only where the plan was to create it, or --confirm allows it: a stream deleted
    // meanwhile is not brought back by an import that was not asked to create one.
    ImageApiServer.Written written =
        api.record(
            target.namespace(),
            target.name(),
            results,
            before == null || request.confirm()
                ? ImageApiServer.Create.ALLOWED
                : ImageApiServer.Create.NEVER);
    if (written == null) {
      throw ApiException.notFound("imagestreams.image.openshift.io", target.name());
    }
    return new Outcome(
        written.stream(),
        written.failures(),
        additionalTags,
        request.dryRun(),
        ImportedTag.of(written.imports()));
  }

  private Target parseTarget(ImportImageRequest request) {
    ImageReference ref;
    try {
      ref = ImageReference.parse(request.target());
    } catch (InvalidReferenceException e) {
      throw new UsageException(
          "the image name must be a valid container image pull spec or reference to an "
              + "image stream (e.g. myregistry/myteam/image:tag)");
    }
    if (!ref.id().isEmpty()) {
      throw new UsageException("to import images by ID, use the 'tag' command");
    }
    if (!ref.tag().isEmpty() && request.all()) {
      throw new UsageException(
          "cannot specify a tag " + GoStrings.quote(request.target()) + " as well as --all");
    }
    // oc drops a written namespace and works in the current one; isctl honours it, as its contract
    // says.
    String namespace =
        ref.namespace().isEmpty() || !ref.registry().isEmpty()
            ? request.namespace()
            : ref.namespace();
    return new Target(namespace, ref.name(), ref.tag().isEmpty() ? "latest" : ref.tag());
  }

  private static void validateFlags(ImportImageRequest request) {
    String policy = request.referencePolicy().toLowerCase(Locale.ROOT);
    if (!policy.equals("source") && !policy.equals("local")) {
      throw new UsageException("valid reference policy values are source or local");
    }
    String mode = request.importMode();
    if (!mode.equals(TagImportPolicy.LEGACY) && !mode.equals(TagImportPolicy.PRESERVE_ORIGINAL)) {
      throw new UsageException("valid ImportMode values are Legacy or PreserveOriginal");
    }
  }

  /**
   * {@code --all} on an existing stream: --from, else its repository, else every Docker image tag.
   */
  private List<ImportSpec> allSpecs(
      ImportImageRequest request, ImageStream stream, List<String> additionalTags) {
    String repository = stream.spec().dockerImageRepository();
    String from = request.from().isEmpty() ? repository : request.from();
    if (from.isEmpty()) {
      List<ImportSpec> specs = new ArrayList<>();
      for (TagReference tag : stream.spec().tags()) {
        if (tag.from() != null && ObjectReference.DOCKER_IMAGE.equals(tag.from().kind())) {
          specs.add(spec(request, tag.name(), tag.from().name(), stream));
        }
      }
      if (specs.isEmpty()) {
        throw new OperationException(
            "image stream does not have tags pointing to external container images");
      }
      return specs;
    }
    if (!from.equals(repository) && !request.confirm()) {
      throw new OperationException(
          repository.isEmpty()
              ? "the image stream does not currently import an entire Docker repository, pass --confirm to update"
              : "the image stream has a different import spec \""
                  + repository
                  + "\", pass --confirm to update");
    }
    return repositorySpecs(request, from, stream, additionalTags);
  }

  /**
   * A whole repository: its tags in OpenShift's order, the first 50 imported and the rest named.
   */
  private List<ImportSpec> repositorySpecs(
      ImportImageRequest request, String from, ImageStream stream, List<String> additionalTags) {
    ImageReference repository;
    try {
      repository = ImageReference.parse(from);
    } catch (InvalidReferenceException e) {
      throw new UsageException("invalid --from \"" + from + "\": " + e.getMessage());
    }
    if (!repository.tag().isEmpty() || !repository.id().isEmpty()) {
      throw new UsageException("you must specify an image repository, not a tag or ID");
    }
    RepositoryTags tags =
        RepositoryTags.of(api.importer().listTags(from, insecure(request, stream)));
    additionalTags.addAll(tags.additional());
    List<ImportSpec> specs = new ArrayList<>();
    for (String tag : tags.imported()) {
      specs.add(repositoryTagSpec(request, tag, from + ":" + tag, stream));
    }
    return specs;
  }

  /**
   * A single tag of an existing stream: re-import it from where it already points, following
   * aliases.
   */
  private ImportSpec singleSpec(ImportImageRequest request, ImageStream stream, String tagName) {
    TagReference tag = followAliases(stream, tagName);
    if (tag == null) {
      String from = request.from();
      if (from.isEmpty() && tagName.equals("latest")) {
        from = stream.spec().dockerImageRepository();
      }
      if (from.isEmpty()) {
        throw new OperationException(
            "the tag \""
                + tagName
                + "\" does not exist on the image stream - choose an "
                + "existing tag to import or use the 'tag' command to create a new tag");
      }
      return spec(request, tagName, from, null);
    }
    if (tag.from() == null) {
      throw new OperationException(
          "tag \""
              + tagName
              + "\" already exists - you must use the 'tag' command if you "
              + "want to change the source to \""
              + request.from()
              + "\"");
    }
    if (!ObjectReference.DOCKER_IMAGE.equals(tag.from().kind())) {
      throw new OperationException(
          "tag \""
              + tagName
              + "\" points to existing "
              + tag.from().kind()
              + " \""
              + tag.from().name()
              + "\", it cannot be re-imported");
    }
    if (!request.from().isEmpty() && !request.from().equals(tag.from().name())) {
      throw new OperationException(
          "the tag \""
              + tagName
              + "\" points to \""
              + tag.from().name()
              + "\" - use the 'tag' command if you want to change the source to \""
              + request.from()
              + "\"");
    }
    return spec(request, tag.name(), tag.from().name(), stream);
  }

  /**
   * Follows same-stream ImageStreamTag aliases to the tag that holds the source; null when it is
   * missing.
   */
  private static TagReference followAliases(ImageStream stream, String tagName) {
    List<String> seen = new ArrayList<>();
    String current = tagName;
    while (true) {
      Optional<TagReference> tag = stream.spec().tag(current);
      if (tag.isEmpty()) {
        return null;
      }
      ObjectReference from = tag.get().from();
      if (from == null || !ObjectReference.IMAGE_STREAM_TAG.equals(from.kind())) {
        return tag.get();
      }
      if (!from.namespaceOr(stream.namespace()).equals(stream.namespace())) {
        throw new OperationException(
            "tag \"" + tagName + "\" points to an imagestreamtag from another ImageStream");
      }
      String name = from.name();
      String next = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
      if (name.contains(":") && !name.substring(0, name.indexOf(':')).equals(stream.name())) {
        throw new OperationException(
            "tag \"" + tagName + "\" points to an imagestreamtag from another ImageStream");
      }
      if (next.isEmpty()) {
        throw new OperationException("tag \"" + tagName + "\" points to an invalid imagestreamtag");
      }
      if (seen.contains(next) || next.equals(tagName)) {
        throw new OperationException(
            "tag \"" + tagName + "\" on the image stream is a reference to same tag");
      }
      seen.add(current);
      current = next;
    }
  }

  /**
   * One image of the request for a tag, as oc asks for it ({@code newImageStreamImportTags}): its
   * flags, merged with what the existing tag already asks for, insecure also by the stream's
   * annotation; the server copies this policy into the spec tag. The tag's current image goes along
   * when an import asking the same made it, so a registry still serving it answers with one HEAD.
   *
   * @param stream the stream as stored, or null when the import creates it
   */
  private static ImportSpec spec(
      ImportImageRequest request, String tag, String from, ImageStream stream) {
    TagReference existing = stream == null ? null : stream.spec().tag(tag).orElse(null);
    boolean insecure = insecure(request, stream);
    boolean scheduled = request.scheduled();
    if (existing != null) {
      insecure = insecure || existing.importPolicy().insecure();
      scheduled = scheduled || existing.importPolicy().scheduled();
    }
    String os = existing == null ? "" : orEmpty(existing.annotation(ImportSpec.PREFER_OS));
    String arch = existing == null ? "" : orEmpty(existing.annotation(ImportSpec.PREFER_ARCH));
    return new ImportSpec(
            tag,
            from,
            new TagImportPolicy(insecure, scheduled, request.importMode()),
            referencePolicy(request),
            os,
            arch,
            "")
        .withKnownImageFrom(stream);
  }

  /**
   * One tag of a whole repository, as oc asks for the repository ({@code newImageStreamImportAll}):
   * the request's flags only (insecure also by the stream's annotation), not the existing tags',
   * and no platform preference; the server copies this policy into each spec tag.
   */
  private static ImportSpec repositoryTagSpec(
      ImportImageRequest request, String tag, String from, ImageStream stream) {
    return new ImportSpec(
            tag,
            from,
            new TagImportPolicy(
                insecure(request, stream), request.scheduled(), request.importMode()),
            referencePolicy(request),
            "",
            "",
            "")
        .withKnownImageFrom(stream);
  }

  /**
   * oc's insecure flag for the whole request: {@code --insecure} when given, else the stream's
   * {@code openshift.io/image.insecureRepository} annotation.
   */
  private static boolean insecure(ImportImageRequest request, ImageStream stream) {
    return request.insecure() != null ? request.insecure() : ImportSpec.insecureRepository(stream);
  }

  private static ReferencePolicyType referencePolicy(ImportImageRequest request) {
    return request.referencePolicy().equalsIgnoreCase("local")
        ? ReferencePolicyType.LOCAL
        : ReferencePolicyType.SOURCE;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private record Target(String namespace, String name, String tag) {}
}
