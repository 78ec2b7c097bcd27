package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.apiserver.ImageStreamStrategy;
import io.isctl.apiserver.ImportApplier;
import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.PushApplier;
import io.isctl.apiserver.StoredImages;
import io.isctl.apiserver.TagImport;
import io.isctl.apiserver.Timestamps;
import io.isctl.controller.ImageImportController;
import io.isctl.importer.ImageCreation;
import io.isctl.importer.ImageImporter;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.TagReference;
import io.isctl.store.ImageStreamStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image API of a cluster, played on a store: the ImageStream and ImageStreamTag endpoints with
 * the server's rules, followed by what the import controller would do next. Callers hold the store
 * ({@link ImageStreamStore#exclusively}) around each read-modify-write.
 */
public final class ImageApiServer {
  private final ImageStreamStore store;
  private final ImageStreamStrategy strategy;
  private final ImageImporter importer;
  private final ImportApplier applier;
  private final PushApplier pushes;
  private final Clock clock;

  public ImageApiServer(ImageStreamStore store, Clock clock, ImageImporter importer) {
    this.store = store;
    this.clock = clock;
    this.importer = importer;
    this.strategy = new ImageStreamStrategy(store.config().hosts(), store::find, clock);
    this.applier = new ImportApplier(strategy, clock);
    this.pushes = new PushApplier(strategy, store.config().hosts(), clock);
  }

  public ImageStreamStore store() {
    return store;
  }

  /** The stream as the server returns it, repository fields filled in for this store's registry. */
  public Optional<ImageStream> get(String namespace, String name) {
    return store.find(namespace, name).map(strategy::decorate);
  }

  /** The stream, or the server's NotFound. */
  public ImageStream require(String namespace, String name) {
    return get(namespace, name)
        .orElseThrow(() -> ApiException.notFound("imagestreams.image.openshift.io", name));
  }

  /**
   * {@code PUT imagestreamtags/<stream>:<tag>}: replaces the spec tag wholesale (its annotations
   * too), creating the stream when missing, then imports what now needs importing.
   */
  public Written putTag(String namespace, String streamName, TagReference tag) {
    Optional<ImageStream> stored = store.find(namespace, streamName);
    ImageStream result;
    if (stored.isEmpty()) {
      ImageStream fresh = ImageStream.named(namespace, streamName);
      result = strategy.create(fresh.withSpec(fresh.spec().withTag(tag)));
    } else {
      ImageStream current = stored.get();
      result = strategy.update(current, current.withSpec(current.spec().withTag(tag)));
    }
    store.save(result);
    return importIfNeeded(result);
  }

  /** {@code DELETE imagestreamtags/<stream>:<tag>}: removes the spec tag and its history. */
  public void deleteTag(String namespace, String streamName, String tag) {
    ImageStream current = require(namespace, streamName);
    boolean inSpec = current.spec().tag(tag).isPresent();
    boolean inStatus = current.status().tag(tag).isPresent();
    if (!inSpec && !inStatus) {
      throw ApiException.notFound("imagestreamtags.image.openshift.io", streamName + ":" + tag);
    }
    ImageStream requested =
        current
            .withSpec(current.spec().withoutTag(tag))
            .withStatus(current.status().withoutTag(tag));
    store.save(strategy.update(current, requested));
  }

  /** {@code PUT imagestreams/<name>}: a spec update; the status stays as stored. */
  public Written updateSpec(ImageStream stored, ImageStream requested) {
    ImageStream result = strategy.update(stored, requested.withStatus(stored.status()));
    if (!result.equals(stored)) {
      store.save(result);
    }
    return importIfNeeded(result);
  }

  /** Runs the import the controller would start for the stream, if any tag needs one. */
  public Written importIfNeeded(ImageStream stream) {
    List<TagReference> due = ImageImportController.tagsToImport(stream);
    if (due.isEmpty()) {
      return new Written(stream, List.of(), List.of());
    }
    if (!importer.online()) {
      return new Written(stream, due, List.of());
    }
    return importImages(
        stream,
        stream.namespace(),
        stream.name(),
        due.stream().map(tag -> ImportSpec.forTag(tag).withKnownImageFrom(stream)).toList());
  }

  /**
   * Imports images into a stream (created when {@code stored} is null) and stores the result as the
   * server records it; failures become {@code ImportSuccess=False} conditions and lines in the
   * result.
   */
  public Written importImages(
      ImageStream stored, String namespace, String name, List<ImportSpec> specs) {
    return importImages(stored, namespace, name, specs, ProgressListener.NONE);
  }

  /**
   * {@link #importImages(ImageStream, String, String, List)}, telling {@code progress} about each
   * image.
   */
  public Written importImages(
      ImageStream stored,
      String namespace,
      String name,
      List<ImportSpec> specs,
      ProgressListener progress) {
    progress.start(specs.size());
    List<TagImport> results = importer.fetch(specs, imageCreation(), progress::step);
    // Images first, as the server creates them before it updates the stream: a stream never names a
    // missing one.
    results.forEach(r -> r.images().forEach(store::saveImage));
    ImageStream result = applier.apply(stored, namespace, name, results);
    if (result != stored) {
      store.save(result);
    }
    List<String> failures =
        results.stream()
            .filter(r -> !r.success())
            .map(r -> "tag " + r.tag() + " failed: " + r.message())
            .toList();
    return new Written(result, List.of(), failures, results);
  }

  /**
   * Records what the integrated registry serves for a stream's tags as pushes ({@code
   * ImageStreamMapping}), creating the stream when missing; stores and returns the result, or
   * {@code stored} when nothing was new.
   *
   * @param stored the stream as stored, or null
   * @param digests the digest the registry serves, per tag
   */
  public ImageStream recordPushes(
      ImageStream stored, String namespace, String name, Map<String, String> digests) {
    ImageStream result = pushes.apply(stored, namespace, name, digests);
    if (result != stored) {
      store.save(result);
    }
    return result;
  }

  /** What {@link #importImages} would store, without storing it ({@code --dry-run}). */
  public Written previewImport(
      ImageStream stored,
      String namespace,
      String name,
      List<ImportSpec> specs,
      ProgressListener progress) {
    progress.start(specs.size());
    List<TagImport> results = importer.fetch(specs, imageCreation(), progress::step);
    return new Written(
        applier.apply(stored, namespace, name, results), List.of(), List.of(), results);
  }

  /** New Images are stamped with the import time; those the store has are not fetched again. */
  private ImageCreation imageCreation() {
    return new ImageCreation(Timestamps.now(clock), store::hasImage);
  }

  /**
   * What {@code GET imagestreamtags/<stream>:<tag>} checks of the tag's current image: that its
   * Image can be read ({@link StoredImages#requireImage}).
   *
   * @throws ApiException NotFound for {@code images "<id>"} when the Image is gone
   */
  public void requireTagImage(ImageStream stream, String tag) {
    stream
        .status()
        .latest(tag)
        .ifPresent(event -> StoredImages.requireImage(stream, event.image(), store::hasImage));
  }

  /** The stored Image of a digest, if any. */
  public Optional<Image> image(String name) {
    return store.findImage(name);
  }

  public ImageImporter importer() {
    return importer;
  }

  /**
   * A stream as stored after a write.
   *
   * @param pending tags that need an import which could not happen now
   * @param failures one line per tag whose import failed
   */
  public record Written(
      ImageStream stream,
      List<TagReference> pending,
      List<String> failures,
      List<TagImport> imports) {
    public Written(ImageStream stream, List<TagReference> pending, List<String> failures) {
      this(stream, pending, failures, List.of());
    }
  }
}
