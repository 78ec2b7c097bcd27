package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.apiserver.ImageStreamStrategy;
import io.isctl.apiserver.ImportApplier;
import io.isctl.apiserver.ImportSpec;
import io.isctl.apiserver.PushApplier;
import io.isctl.apiserver.StoredImages;
import io.isctl.apiserver.TagImport;
import io.isctl.apiserver.Timestamps;
import io.isctl.base.Futures;
import io.isctl.controller.ImageImportController;
import io.isctl.importer.ImageCreation;
import io.isctl.importer.ImageImporter;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.Platform;
import io.isctl.model.TagReference;
import io.isctl.store.ImageStreamStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

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
    // The store itself, not store::find: a resolve links no lambda it can do without (issue 15).
    this.strategy = new ImageStreamStrategy(store.config().hosts(), store, clock);
    this.applier = new ImportApplier(strategy, clock);
    this.pushes = new PushApplier(strategy, store.config().hosts(), clock);
  }

  public ImageStreamStore store() {
    return store;
  }

  /** The stream as the server returns it, repository fields filled in for this store's registry. */
  public Optional<ImageStream> get(String namespace, String name) {
    Optional<ImageStream> stored = store.find(namespace, name);
    return stored.isPresent() ? Optional.of(strategy.decorate(stored.get())) : Optional.empty();
  }

  /** The stream, or the server's NotFound. */
  public ImageStream require(String namespace, String name) {
    Optional<ImageStream> stream = get(namespace, name);
    if (stream.isEmpty()) {
      throw ApiException.notFound("imagestreams.image.openshift.io", name);
    }
    return stream.get();
  }

  /**
   * {@code PUT imagestreamtags/<stream>:<tag>}: replaces the spec tag wholesale (its annotations
   * too), creating the stream when missing. The tags that now need an import are in the result's
   * {@code due}: the import controller's work, done with no lock held ({@link #importDue}).
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
    return Written.due(result);
  }

  /**
   * {@code DELETE imagestreamtags/<stream>:<tag>}: removes the spec tag and its history.
   *
   * @return the stream as stored afterwards
   */
  public ImageStream deleteTag(String namespace, String streamName, String tag) {
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
    ImageStream result = strategy.update(current, requested);
    store.save(result);
    return result;
  }

  /**
   * {@code PUT imagestreams/<name>}: a spec update; the status stays as stored. Tags that need an
   * import are in the result's {@code due}.
   */
  public Written updateSpec(ImageStream stored, ImageStream requested) {
    ImageStream result = strategy.update(stored, requested.withStatus(stored.status()));
    if (!result.equals(stored)) {
      store.save(result);
    }
    return Written.due(result);
  }

  /**
   * What the import controller does after a write: imports the stream's due tags, asking the
   * registries with no lock held and recording the answers under it ({@link #record}). Offline, the
   * tags stay pending. Call it without holding the store lock.
   */
  public Written importDue(Written written, ProgressListener progress) {
    return importDue(written, progress, null);
  }

  /**
   * {@link #importDue(Written, ProgressListener)}, Legacy imports of a manifest list choosing
   * {@code platform} ({@code --platform}; null for the tags' preferences and the cluster's).
   */
  public Written importDue(Written written, ProgressListener progress, Platform platform) {
    ImageStream stream = written.stream();
    if (written.due().isEmpty()) {
      return written;
    }
    if (!importer.online()) {
      return written.offline();
    }
    List<ImportSpec> specs =
        written.due().stream()
            .map(tag -> ImportSpec.forTag(tag).withKnownImageFrom(stream).withPlatform(platform))
            .toList();
    List<TagImport> results = fetch(specs, progress);
    Written recorded = record(stream.namespace(), stream.name(), results, Create.NEVER);
    return recorded == null
        ? new Written(stream, List.of(), List.of(), List.of(), results)
        : recorded;
  }

  /**
   * The registry side of an import, as OpenShift's importer runs it: each image resolved to a
   * digest or a failure, new Images built. Reads the store (which Images it has) but writes
   * nothing, so it runs without the store lock; holding it here would make every other isctl in the
   * store wait on a slow registry.
   *
   * @throws IllegalStateException when called with the store lock held
   */
  public List<TagImport> fetch(List<ImportSpec> specs, ProgressListener progress) {
    progress.start(specs.size());
    return Futures.join(fetchLater(specs, progress::step));
  }

  /**
   * {@link #fetch}, returning at once: the results, in the order of {@code specs}, once every image
   * is resolved, the registry work running meanwhile on the importer's threads.
   *
   * @param done told each tag once its import is done, in the order of {@code specs}, from any
   *     thread, one at a time
   * @throws IllegalStateException when called with the store lock held
   */
  public CompletableFuture<List<TagImport>> fetchLater(
      List<ImportSpec> specs, Consumer<String> done) {
    if (store.locked()) {
      throw new IllegalStateException("registry work must not run under the store lock");
    }
    return importer.fetchLater(specs, imageCreation(), done);
  }

  /** Whether {@link #record} may create a stream that is not (or no longer) in the store. */
  public enum Create {
    /** Never: a stream deleted meanwhile stays deleted, and the results are dropped. */
    NEVER,
    /** Yes: import-image --confirm creates the stream it imports into. */
    ALLOWED
  }

  /**
   * Records fetched imports as the server records an ImageStreamImport: under the store lock, onto
   * the stream as it is now (another process may have changed it since it was read), Images first
   * (a stream never names a missing one). Failures become {@code ImportSuccess=False} conditions.
   *
   * @return the stream as stored, or null when it is gone and may not be created
   */
  public Written record(String namespace, String name, List<TagImport> results, Create create) {
    Written unchanged = unchanged(namespace, name, results);
    if (unchanged != null) {
      return unchanged;
    }
    return store.exclusively(
        () -> {
          ImageStream current = store.find(namespace, name).map(strategy::decorate).orElse(null);
          if (current == null && create == Create.NEVER) {
            return null;
          }
          results.forEach(r -> r.images().forEach(store::saveImage));
          ImageStream result = applier.apply(current, namespace, name, results);
          if (result != current) {
            store.save(result);
          }
          return new Written(result, List.of(), List.of(), failures(results), results);
        });
  }

  /**
   * The stream as it is, when recording {@code results} onto it changes nothing and brings no new
   * Image (a sync of tags that did not move): with nothing to write, the lock is not needed. As if
   * recorded at the moment of this read: a write another process makes after it loses nothing. Else
   * null.
   */
  private Written unchanged(String namespace, String name, List<TagImport> results) {
    for (TagImport result : results) {
      for (Image image : result.images()) {
        if (!store.hasImage(image.name())) {
          return null;
        }
      }
    }
    ImageStream current = store.find(namespace, name).map(strategy::decorate).orElse(null);
    if (current == null || applier.apply(current, namespace, name, results) != current) {
      return null;
    }
    return new Written(current, List.of(), List.of(), failures(results), results);
  }

  private static List<String> failures(List<TagImport> results) {
    return results.stream()
        .filter(r -> !r.success())
        .map(r -> "tag " + r.tag() + " failed: " + r.message())
        .toList();
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
   * @param due tags that need an import: done by {@link #importDue}, or left pending offline
   * @param pending tags that need an import which could not happen now
   * @param failures one line per tag whose import failed
   * @param imports each imported image's result
   */
  public record Written(
      ImageStream stream,
      List<TagReference> due,
      List<TagReference> pending,
      List<String> failures,
      List<TagImport> imports) {

    /** A write after which the import controller has {@code stream}'s due tags to import. */
    static Written due(ImageStream stream) {
      return new Written(
          stream, ImageImportController.tagsToImport(stream), List.of(), List.of(), List.of());
    }

    /** The due tags, left pending for {@code sync}: no registry may be reached now. */
    Written offline() {
      return new Written(stream, List.of(), due, failures, imports);
    }
  }
}
