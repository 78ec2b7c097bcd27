package io.isctl.controller;

import io.isctl.apiserver.ImportApplier;
import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.RepositoryTags;
import io.isctl.base.IsctlException;
import io.isctl.model.ImageStream;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import io.isctl.reference.ImageReference;
import io.isctl.reference.InvalidReferenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ImageStreamImport OpenShift's image controllers post for one stream, if any
 * (openshift-controller-manager {@code handleImageStream}, {@code resetScheduledTags}). A stream
 * with {@code spec.dockerImageRepository} and no {@code openshift.io/image.dockerRepositoryCheck}
 * annotation gets a full import: that whole repository (its first 50 tags in OpenShift's order) and
 * every importable spec tag. Otherwise only the spec tags that need one: changed since their last
 * import, or scheduled. The repository is never listed again once the annotation is set (the server
 * sets it on every import, failed or not); only clearing it, or {@code import-image --all}, imports
 * it anew.
 *
 * @param specs the images, repository tags first (the server records those first, so a spec tag of
 *     the same name has the last word)
 * @param posts whether the controller posts at all (a repository import does even when nothing can
 *     be listed: the stream still gets its annotation)
 * @param additionalTags repository tags beyond the first 50, named but not imported
 * @param failure why the repository could not be imported, if it could not
 */
public record ImageStreamImport(
    List<ImportSpec> specs, boolean posts, List<String> additionalTags, Optional<String> failure) {

  /** Lists a repository's tags for a full import: the registry's answer, or why there is none. */
  @FunctionalInterface
  public interface TagLister {
    /**
     * The tags of {@code repository}, in the registry's order.
     *
     * @throws IsctlException whose message says why the registry could not list them
     */
    List<String> list(String repository, boolean insecure);
  }

  /**
   * What the controllers post for {@code stream} now; asks {@code lister} for the repository's tags
   * when a full import is due.
   */
  public static ImageStreamImport of(ImageStream stream, TagLister lister) {
    if (!needsRepositoryImport(stream)) {
      List<ImportSpec> specs = tagSpecs(stream, dueTags(stream));
      return new ImageStreamImport(specs, !specs.isEmpty(), List.of(), Optional.empty());
    }
    String repository = stream.spec().dockerImageRepository();
    try {
      ImageReference parsed = ImageReference.parse(repository);
      if (!parsed.tag().isEmpty() || !parsed.id().isEmpty()) {
        // The server refuses the whole ImageStreamImport: nothing is imported or recorded.
        return refused(repository, "you must specify an image repository, not a tag or ID");
      }
    } catch (InvalidReferenceException e) {
      return refused(repository, e.getMessage());
    }
    List<ImportSpec> tagSpecs =
        tagSpecs(stream, stream.spec().tags().stream().filter(TagReference::importable).toList());
    List<ImportSpec> specs = new ArrayList<>();
    List<String> additional = List.of();
    Optional<String> failure = Optional.empty();
    boolean insecure = ImportSpec.insecureRepository(stream);
    try {
      RepositoryTags tags = RepositoryTags.of(lister.list(repository, insecure));
      additional = tags.additional();
      for (String tag : tags.imported()) {
        ImportSpec fromRepository = repositorySpec(stream, repository, tag, insecure);
        if (tagSpecs.stream().noneMatch(spec -> sameImage(spec, fromRepository))) {
          specs.add(fromRepository);
        }
      }
    } catch (IsctlException e) {
      failure = Optional.of(e.getMessage()); // the server records the attempt all the same
    }
    specs.addAll(tagSpecs);
    return new ImageStreamImport(specs, true, additional, failure);
  }

  /**
   * Whether a spec tag asks for exactly what the repository import asks for it (a tag an earlier
   * repository import made): recorded after it, the spec tag's import alone leaves the stream as
   * both would, for one request.
   */
  private static boolean sameImage(ImportSpec tagSpec, ImportSpec fromRepository) {
    return tagSpec.tag().equals(fromRepository.tag())
        && tagSpec.from().equals(fromRepository.from())
        && tagSpec.importPolicy().importMode().equals(fromRepository.importPolicy().importMode())
        && tagSpec.preferredOs().isEmpty()
        && tagSpec.preferredArchitecture().isEmpty();
  }

  /**
   * Annotation missing or empty, and a repository to import: {@code needsImport}'s full (not
   * partial) import.
   */
  static boolean needsRepositoryImport(ImageStream stream) {
    return !stream.spec().dockerImageRepository().isEmpty()
        && stream
            .metadata()
            .annotations()
            .getOrDefault(ImportApplier.REPOSITORY_CHECK, "")
            .isEmpty();
  }

  private static ImageStreamImport refused(String repository, String why) {
    return new ImageStreamImport(
        List.of(),
        false,
        List.of(),
        Optional.of("spec.dockerImageRepository \"" + repository + "\": " + why));
  }

  /** Tags changed since their last import, then scheduled ones, each once. */
  private static List<TagReference> dueTags(ImageStream stream) {
    Map<String, TagReference> due = new LinkedHashMap<>();
    ImageImportController.tagsToImport(stream).forEach(tag -> due.put(tag.name(), tag));
    ImageImportController.scheduledTags(stream).forEach(tag -> due.putIfAbsent(tag.name(), tag));
    return List.copyOf(due.values());
  }

  private static List<ImportSpec> tagSpecs(ImageStream stream, List<TagReference> tags) {
    return tags.stream().map(tag -> ImportSpec.forTag(tag).withKnownImageFrom(stream)).toList();
  }

  /**
   * One tag of the repository as the controller asks for it: insecure only by the stream's
   * annotation, the server's default mode and reference policy, the current image along when an
   * import asking the same made it, so an unchanged tag costs one HEAD.
   */
  private static ImportSpec repositorySpec(
      ImageStream stream, String repository, String tag, boolean insecure) {
    return new ImportSpec(
            tag,
            repository + ":" + tag,
            new TagImportPolicy(insecure, false, TagImportPolicy.LEGACY),
            ReferencePolicyType.SOURCE,
            "",
            "",
            "")
        .withKnownImageFrom(stream);
  }
}
