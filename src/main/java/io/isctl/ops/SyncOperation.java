package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.apiserver.TagImport;
import io.isctl.base.Futures;
import io.isctl.base.Sleeper;
import io.isctl.base.UsageException;
import io.isctl.controller.ImageStreamImport;
import io.isctl.importer.PushedImages;
import io.isctl.model.ImageStream;
import io.isctl.model.TagEvent;
import io.isctl.reference.StreamNames;
import io.isctl.store.StoreException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code isctl sync}: one pass of what the cluster's controllers do in the background. Pushes found
 * in the integrated registry are recorded as its registry records them; pending tags are imported
 * (the import controller), {@code importPolicy.scheduled} tags re-imported (the scheduled import
 * controller), and a stream's {@code spec.dockerImageRepository} imported whole until it has been
 * checked once ({@link ImageStreamImport}).
 *
 * <p>The streams go through a pipeline: each is read and its imports sent to the registries (which
 * keep up to the importer's limit of requests in flight) while earlier streams' answers arrive;
 * each stream's answers are recorded under the store lock in stream order, whatever order they
 * arrived in, so the files a pass writes are the same as asking one thing at a time would write.
 */
public final class SyncOperation {
  /** Tags sent to the registries ahead of the stream being recorded, at least. */
  private static final int MIN_TAGS_AHEAD = 256;

  private final ImageApiServer api;
  private final PushedImages pushedImages;
  private final ProgressListener progress;
  private final Shard shard;
  private final int tagsAhead;

  public SyncOperation(ImageApiServer api, PushedImages pushedImages) {
    this(api, pushedImages, ProgressListener.NONE);
  }

  /**
   * @param progress told about each stream as a pass checks it
   */
  public SyncOperation(ImageApiServer api, PushedImages pushedImages, ProgressListener progress) {
    this(api, pushedImages, progress, Shard.ALL, 8);
  }

  /**
   * @param shard the part of the streams this pass covers
   * @param inFlight the requests kept in flight per registry: the pipeline reads that many times 32
   *     tags ahead (at least {@link #MIN_TAGS_AHEAD}), or with 1 each stream only after the one
   *     before is recorded
   */
  public SyncOperation(
      ImageApiServer api,
      PushedImages pushedImages,
      ProgressListener progress,
      Shard shard,
      int inFlight) {
    this.api = api;
    this.pushedImages = pushedImages;
    this.progress = progress;
    this.shard = shard;
    // One at a time reads a stream only once the one before is recorded, as the controllers do.
    this.tagsAhead = inFlight == 1 ? 0 : Math.max(MIN_TAGS_AHEAD, 32 * inFlight);
  }

  /** One pass over the streams the request covers. */
  public SyncReport apply(SyncRequest request) {
    if (!api.importer().online()) {
      throw new OperationException("sync needs the registries; it cannot run with --offline");
    }
    request
        .names()
        .forEach(
            name ->
                StreamNames.validateStreamName(name)
                    .ifPresent(
                        problem -> {
                          throw new UsageException(
                              "invalid image stream name \"" + name + "\": " + problem);
                        }));
    PushedImages.Scan scan =
        pushedImages.scan((namespace, name) -> covers(request, namespace, name));
    Map<StreamKey, Map<String, String>> pushes = new TreeMap<>();
    for (PushedImages.PushedTag tag : scan.tags()) {
      pushes
          .computeIfAbsent(new StreamKey(tag.namespace(), tag.stream()), key -> new TreeMap<>())
          .put(tag.tag(), tag.digest());
    }
    Set<StreamKey> streams = new TreeSet<>(pushes.keySet());
    streams.addAll(storedStreams(request));
    Pass pass = new Pass();
    pass.failures.addAll(scan.failures());
    String internal = api.store().config().hosts().internal();
    if (scan.location().isEmpty() && !internal.isEmpty()) {
      pass.notes.add(
          "pushes were not looked for: config.yaml names no ImageTagMirrorSet mirror for the integrated "
              + "registry "
              + internal);
    }
    progress.start(streams.size());
    try {
      pipeline(streams, pushes, !request.names().isEmpty(), pass);
    } finally {
      progress.finish();
    }
    return new SyncReport(
        pass.changes, pass.failures, pass.notes, pass.additionalTags, pass.streams);
  }

  /**
   * Reads streams and sends their imports ahead, up to {@link #tagsAhead} tags, while recording the
   * oldest stream sent once its answers are all in.
   */
  private void pipeline(
      Set<StreamKey> streams,
      Map<StreamKey, Map<String, String>> pushes,
      boolean named,
      Pass pass) {
    Deque<Pending> window = new ArrayDeque<>();
    Iterator<StreamKey> next = streams.iterator();
    int ahead = 0;
    try {
      while (next.hasNext() || !window.isEmpty()) {
        while (next.hasNext() && (window.isEmpty() || ahead < tagsAhead)) {
          StreamKey key = next.next();
          Pending pending = prepareAlone(key, pushes.getOrDefault(key, Map.of()), named, pass);
          if (pending != null) {
            window.add(pending);
            ahead += pending.tags;
          }
        }
        Pending oldest = window.poll();
        if (oldest != null) {
          ahead -= oldest.tags;
          progress.step(oldest.key.namespace() + "/" + oldest.key.name());
          recordAlone(oldest, pass);
        }
      }
    } finally {
      // A pass that fails as a whole leaves no registry work behind it.
      window.forEach(pending -> pending.imports.cancel(false));
    }
  }

  /**
   * Runs a pass every {@code interval} until the sleeper is interrupted; a pass that fails as a
   * whole is reported to {@code onError} and the next one runs all the same.
   */
  public void watch(
      SyncRequest request,
      Duration interval,
      Sleeper sleeper,
      Consumer<SyncReport> onReport,
      Consumer<RuntimeException> onError)
      throws InterruptedException {
    while (true) {
      try {
        onReport.accept(apply(request));
      } catch (UsageException e) {
        throw e;
      } catch (RuntimeException e) {
        onError.accept(e);
      }
      sleeper.sleep(interval);
    }
  }

  private boolean covers(SyncRequest request, String namespace, String name) {
    if (!shard.covers(namespace, name)) {
      return false;
    }
    if (!request.names().isEmpty()) {
      return namespace.equals(request.namespace()) && request.names().contains(name);
    }
    return request.allNamespaces() || namespace.equals(request.namespace());
  }

  private List<StreamKey> storedStreams(SyncRequest request) {
    List<StreamKey> keys = new ArrayList<>();
    if (!request.names().isEmpty()) {
      request.names().stream()
          .filter(name -> shard.covers(request.namespace(), name))
          .forEach(name -> keys.add(new StreamKey(request.namespace(), name)));
      return keys;
    }
    List<String> namespaces =
        request.allNamespaces() ? api.store().namespaces() : List.of(request.namespace());
    for (String namespace : namespaces) {
      for (String name : api.store().names(namespace)) {
        if (shard.covers(namespace, name)) {
          keys.add(new StreamKey(namespace, name));
        }
      }
    }
    return keys;
  }

  /**
   * A stream read, its pushes recorded, and its imports sent to the registries.
   *
   * @param stored the stream before the pass
   * @param stream the stream the imports were planned on (with its pushes)
   * @param imports the answers, once in; null when the controller posts nothing
   * @param tags how many images were asked for
   */
  private record Pending(
      StreamKey key,
      ImageStream stored,
      ImageStream stream,
      Map<String, String> pushed,
      CompletableFuture<List<TagImport>> imports,
      int tags) {}

  /** One stream's start; its failure is a line of the report, and the other streams go on. */
  private Pending prepareAlone(
      StreamKey key, Map<String, String> pushed, boolean named, Pass pass) {
    try {
      return prepare(key, pushed, named, pass);
    } catch (ApiException | StoreException e) {
      // One unreadable or invalid stream must not keep the others from their imports.
      pass.failures.add(key.namespace() + "/" + key.name() + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * The pushes are recorded under the store lock; the registries are asked with no lock held. A
   * stream deleted meanwhile is skipped, as the cluster's controllers skip it; one the user named
   * is reported missing.
   */
  private Pending prepare(StreamKey key, Map<String, String> pushed, boolean named, Pass pass) {
    ImageStream stored = api.get(key.namespace(), key.name()).orElse(null);
    ImageStream stream =
        pushed.isEmpty()
            ? stored
            : api.store()
                .exclusively(
                    () ->
                        api.recordPushes(
                            api.get(key.namespace(), key.name()).orElse(null),
                            key.namespace(),
                            key.name(),
                            pushed));
    if (stream == null) {
      if (named) {
        pass.failures.add(
            ApiException.notFound("imagestreams.image.openshift.io", key.name()).getMessage());
      }
      return null;
    }
    ImageStreamImport controller = ImageStreamImport.of(stream, api.importer()::listTags);
    String streamName = key.namespace() + "/" + key.name();
    controller.failure().ifPresent(failure -> pass.failures.add(streamName + ": " + failure));
    if (!controller.additionalTags().isEmpty()) {
      pass.additionalTags.add(
          new SyncReport.AdditionalTags(streamName, controller.additionalTags()));
    }
    CompletableFuture<List<TagImport>> imports =
        controller.posts() ? api.fetchLater(controller.specs(), tag -> {}) : null;
    return new Pending(key, stored, stream, pushed, imports, controller.specs().size());
  }

  private void recordAlone(Pending pending, Pass pass) {
    try {
      record(pending, pass);
    } catch (ApiException | StoreException e) {
      pass.failures.add(pending.key.namespace() + "/" + pending.key.name() + ": " + e.getMessage());
    }
  }

  /**
   * The stream's answers recorded under the lock onto the stream as it is then; a stream deleted
   * while the registries were asked stays deleted.
   */
  private void record(Pending pending, Pass pass) {
    StreamKey key = pending.key;
    ImageStream stream = pending.stream;
    Map<String, TagImport> imports = new HashMap<>();
    if (pending.imports != null) {
      List<TagImport> results = Futures.join(pending.imports);
      ImageApiServer.Written written =
          api.record(key.namespace(), key.name(), results, ImageApiServer.Create.NEVER);
      if (written == null) {
        return;
      }
      written.imports().forEach(result -> imports.put(result.tag(), result));
      stream = written.stream();
    }
    report(key, pending.stored, stream, pending.pushed, imports, pass);
    if (!stream.equals(pending.stored)) {
      pass.streams.add(stream);
    }
  }

  /** One entry per tag whose current image moved, was imported or was pushed; failures apart. */
  private static void report(
      StreamKey key,
      ImageStream before,
      ImageStream after,
      Map<String, String> pushed,
      Map<String, TagImport> imports,
      Pass pass) {
    Set<String> tags = new TreeSet<>(pushed.keySet());
    tags.addAll(imports.keySet());
    after.status().tags().forEach(history -> tags.add(history.tag()));
    Map<String, TagEvent> previous = latestByTag(before);
    Map<String, TagEvent> current = latestByTag(after);
    for (String tag : tags) {
      String streamTag = key.namespace() + "/" + key.name() + ":" + tag;
      TagImport imported = imports.get(tag);
      if (imported != null && !imported.success()) {
        pass.failures.add(streamTag + ": " + imported.message());
        continue;
      }
      Optional<TagEvent> was = Optional.ofNullable(previous.get(tag));
      Optional<TagEvent> now = Optional.ofNullable(current.get(tag));
      boolean moved = now.isPresent() && !(was.isPresent() && sameImage(was.get(), now.get()));
      if (moved) {
        TagEvent event = now.get();
        String image = event.image().isEmpty() ? event.dockerImageReference() : event.image();
        if (imported != null && imported.image().equals(event.image())) {
          pass.changes.add(
              new SyncReport.TagChange(streamTag, SyncReport.Kind.IMPORTED, image, ""));
        } else if (event.image().equals(pushed.get(tag))) {
          pass.changes.add(new SyncReport.TagChange(streamTag, SyncReport.Kind.PUSHED, image, ""));
        } else {
          String source =
              after.spec().tag(tag).map(t -> t.from() == null ? "" : t.from().name()).orElse("");
          pass.changes.add(
              new SyncReport.TagChange(streamTag, SyncReport.Kind.FOLLOWED, image, source));
        }
      } else if (imported != null || pushed.containsKey(tag)) {
        String image =
            now.map(e -> e.image().isEmpty() ? e.dockerImageReference() : e.image()).orElse("");
        pass.changes.add(new SyncReport.TagChange(streamTag, SyncReport.Kind.UNCHANGED, image, ""));
      }
    }
  }

  /** Each tag's current image: one pass over the history, not one search per tag. */
  private static Map<String, TagEvent> latestByTag(ImageStream stream) {
    Map<String, TagEvent> latest = new HashMap<>();
    if (stream != null) {
      stream
          .status()
          .tags()
          .forEach(
              history -> history.latest().ifPresent(event -> latest.put(history.tag(), event)));
    }
    return latest;
  }

  private static boolean sameImage(TagEvent a, TagEvent b) {
    return a.image().equals(b.image()) && a.dockerImageReference().equals(b.dockerImageReference());
  }

  private record StreamKey(String namespace, String name) implements Comparable<StreamKey> {
    @Override
    public int compareTo(StreamKey other) {
      int byNamespace = namespace.compareTo(other.namespace);
      return byNamespace != 0 ? byNamespace : name.compareTo(other.name);
    }
  }

  /** What a pass collects as it goes. */
  private static final class Pass {
    final List<SyncReport.TagChange> changes = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<SyncReport.AdditionalTags> additionalTags = new ArrayList<>();
    final List<ImageStream> streams = new ArrayList<>();
  }
}
