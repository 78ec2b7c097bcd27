package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.apiserver.TagImport;
import io.isctl.base.Sleeper;
import io.isctl.base.UsageException;
import io.isctl.controller.ImageStreamImport;
import io.isctl.importer.PushedImages;
import io.isctl.model.ImageStream;
import io.isctl.model.TagEvent;
import io.isctl.reference.StreamNames;
import io.isctl.store.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code isctl sync}: one pass of what the cluster's controllers do in the background. Pushes found
 * in the integrated registry are recorded as its registry records them; pending tags are imported
 * (the import controller), {@code importPolicy.scheduled} tags re-imported (the scheduled import
 * controller), and a stream's {@code spec.dockerImageRepository} imported whole until it has been
 * checked once ({@link ImageStreamImport}).
 */
public final class SyncOperation {
  private final ImageApiServer api;
  private final PushedImages pushedImages;
  private final ProgressListener progress;

  public SyncOperation(ImageApiServer api, PushedImages pushedImages) {
    this(api, pushedImages, ProgressListener.NONE);
  }

  /**
   * @param progress told about each stream as a pass checks it
   */
  public SyncOperation(ImageApiServer api, PushedImages pushedImages, ProgressListener progress) {
    this.api = api;
    this.pushedImages = pushedImages;
    this.progress = progress;
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
      for (StreamKey stream : streams) {
        progress.step(stream.namespace() + "/" + stream.name());
        syncStreamAlone(
            stream, pushes.getOrDefault(stream, Map.of()), !request.names().isEmpty(), pass);
      }
    } finally {
      progress.finish();
    }
    return new SyncReport(
        pass.changes, pass.failures, pass.notes, pass.additionalTags, pass.streams);
  }

  /** One stream; its failure is a line of the report, and the other streams go on. */
  private void syncStreamAlone(
      StreamKey stream, Map<String, String> pushed, boolean named, Pass pass) {
    try {
      syncStream(stream, pushed, named, pass);
    } catch (ApiException | StoreException e) {
      // One unreadable or invalid stream must not keep the others from their imports.
      pass.failures.add(stream.namespace() + "/" + stream.name() + ": " + e.getMessage());
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

  private static boolean covers(SyncRequest request, String namespace, String name) {
    if (!request.names().isEmpty()) {
      return namespace.equals(request.namespace()) && request.names().contains(name);
    }
    return request.allNamespaces() || namespace.equals(request.namespace());
  }

  private List<StreamKey> storedStreams(SyncRequest request) {
    List<StreamKey> keys = new ArrayList<>();
    if (!request.names().isEmpty()) {
      request.names().forEach(name -> keys.add(new StreamKey(request.namespace(), name)));
      return keys;
    }
    List<String> namespaces =
        request.allNamespaces() ? api.store().namespaces() : List.of(request.namespace());
    for (String namespace : namespaces) {
      api.store().names(namespace).forEach(name -> keys.add(new StreamKey(namespace, name)));
    }
    return keys;
  }

  /**
   * The pushes are recorded under the store lock; the registries are asked with no lock held; the
   * imports are recorded under the lock onto the stream as it is then. A stream deleted meanwhile
   * is skipped, as the cluster's controllers skip it; one the user named is reported missing.
   */
  private void syncStream(StreamKey key, Map<String, String> pushed, boolean named, Pass pass) {
    ImageStream stored = api.get(key.namespace(), key.name()).orElse(null);
    ImageStream pushedInto =
        api.store()
            .exclusively(
                () -> {
                  ImageStream current = api.get(key.namespace(), key.name()).orElse(null);
                  return pushed.isEmpty()
                      ? current
                      : api.recordPushes(current, key.namespace(), key.name(), pushed);
                });
    if (pushedInto == null) {
      if (named) {
        pass.failures.add(
            ApiException.notFound("imagestreams.image.openshift.io", key.name()).getMessage());
      }
      return;
    }
    ImageStream stream = pushedInto;
    ImageStreamImport controller = ImageStreamImport.of(stream, api.importer()::listTags);
    String streamName = key.namespace() + "/" + key.name();
    controller.failure().ifPresent(failure -> pass.failures.add(streamName + ": " + failure));
    if (!controller.additionalTags().isEmpty()) {
      pass.additionalTags.add(
          new SyncReport.AdditionalTags(streamName, controller.additionalTags()));
    }
    Map<String, TagImport> imports = new HashMap<>();
    if (controller.posts()) {
      List<TagImport> results = api.fetch(controller.specs(), ProgressListener.NONE);
      ImageApiServer.Written written =
          api.record(key.namespace(), key.name(), results, ImageApiServer.Create.NEVER);
      if (written == null) {
        return; // deleted while the registries were asked
      }
      written.imports().forEach(result -> imports.put(result.tag(), result));
      stream = written.stream();
    }
    report(key, stored, stream, pushed, imports, pass);
    if (!stream.equals(stored)) {
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
    for (String tag : tags) {
      String streamTag = key.namespace() + "/" + key.name() + ":" + tag;
      TagImport imported = imports.get(tag);
      if (imported != null && !imported.success()) {
        pass.failures.add(streamTag + ": " + imported.message());
        continue;
      }
      Optional<TagEvent> was = before == null ? Optional.empty() : before.status().latest(tag);
      Optional<TagEvent> now = after.status().latest(tag);
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
