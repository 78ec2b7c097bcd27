package io.isctl.resolve;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamSpec;
import io.isctl.model.ImageStreamStatus;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.ReferencePolicyType;
import io.isctl.model.StreamSource;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.model.TagImportPolicy;
import io.isctl.model.TagReference;
import io.isctl.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Streams as the API server stores them, written the way the article describes them: spec tags
 * (where an image comes from), status history (what the tag pointed at, newest first) and the
 * stream's policies. {@code status.dockerImageRepository} is {@code INTERNAL/<namespace>/<name>}
 * unless a test removes it.
 */
final class Streams {
  static final String INTERNAL = Fixtures.INTERNAL;
  static final String NS = "myproject";
  static final String EXTERNAL_TAG = Fixtures.EXTERNAL_TAG;
  static final String EXTERNAL_ID = Fixtures.EXTERNAL_DIGEST;
  static final String EXTERNAL_BY_DIGEST = Fixtures.EXTERNAL_BY_DIGEST;
  static final String INTERNAL_ID = Fixtures.INTERNAL_DIGEST;

  private final String namespace;
  private final String name;
  private boolean lookupLocal;
  private String repository;
  private final List<TagReference> specTags = new ArrayList<>();
  private final List<NamedTagEventList> history = new ArrayList<>();

  private Streams(String namespace, String name) {
    this.namespace = namespace;
    this.name = name;
    this.repository = INTERNAL + "/" + namespace + "/" + name;
  }

  static Streams stream(String name) {
    return new Streams(NS, name);
  }

  static Streams stream(String namespace, String name) {
    return new Streams(namespace, name);
  }

  /** {@code lookupPolicy.local: true} ({@code isctl set image-lookup}). */
  Streams lookupLocal() {
    lookupLocal = true;
    return this;
  }

  /** No {@code status.dockerImageRepository} (no integrated registry configured). */
  Streams noRepository() {
    repository = "";
    return this;
  }

  /** A spec tag imported from {@code pullSpec} ({@code isctl tag PULLSPEC name:tag}). */
  Streams tracks(String tag, String pullSpec) {
    return spec(tag, ObjectReference.dockerImage(pullSpec), false, ReferencePolicyType.SOURCE);
  }

  /** As {@link #tracks} with {@code --reference-policy=local}. */
  Streams tracksThroughIntegratedRegistry(String tag, String pullSpec) {
    return spec(tag, ObjectReference.dockerImage(pullSpec), false, ReferencePolicyType.LOCAL);
  }

  /** A spec tag that is never imported ({@code --reference}). */
  Streams references(String tag, String pullSpec, ReferencePolicyType policy) {
    return spec(tag, ObjectReference.dockerImage(pullSpec), true, policy);
  }

  Streams spec(String tag, ObjectReference from, boolean reference, ReferencePolicyType policy) {
    specTags.add(
        new TagReference(tag, null, from, reference, 1L, TagImportPolicy.DEFAULT, policy, null));
    return this;
  }

  Streams scheduled(String tag) {
    specTags.replaceAll(
        t ->
            t.name().equals(tag)
                ? t.withImportPolicy(
                    new TagImportPolicy(false, true, t.importPolicy().importMode()))
                : t);
    return this;
  }

  /** The tag's history, newest first. */
  Streams history(String tag, TagEvent... events) {
    history.add(NamedTagEventList.of(tag, List.of(events), List.of()));
    return this;
  }

  Streams condition(String tag, TagEventCondition condition) {
    history.replaceAll(h -> h.tag().equals(tag) ? h.withConditions(List.of(condition)) : h);
    return this;
  }

  ImageStream build() {
    ImageStream stream = ImageStream.named(namespace, name);
    return stream
        .withSpec(new ImageStreamSpec(lookupLocal, "", specTags, null))
        .withStatus(new ImageStreamStatus(repository, "", history, null));
  }

  /** A history entry: the pull spec recorded and the image id ("" for a reference tag). */
  static TagEvent event(String pullSpec, String image) {
    return new TagEvent("2019-08-08T17:50:46Z", pullSpec, image, 2L);
  }

  /** An id that differs from the article's ones in its hex digits only. */
  static String id(char hex) {
    return "sha256:" + String.valueOf(hex).repeat(64);
  }

  /** The streams as a store that finds them by namespace and name. */
  static StreamSource source(ImageStream... streams) {
    Map<String, ImageStream> byName =
        Arrays.stream(streams)
            .collect(Collectors.toMap(s -> s.namespace() + "/" + s.name(), Function.identity()));
    return (namespace, name) -> Optional.ofNullable(byName.get(namespace + "/" + name));
  }
}
