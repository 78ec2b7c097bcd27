package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.base.UsageException;
import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.resolve.StreamImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code isctl get}: the streams, stream tags or stream images asked for, as views to print. */
public final class GetOperation {
  private final ImageApiServer api;

  public GetOperation(ImageApiServer api) {
    this.api = api;
  }

  /**
   * {@code get is}: the named streams, or every stream of the namespace (of every namespace with
   * -A) whose labels the selector matches.
   */
  public List<StreamView> streams(GetRequest request) {
    checkScope(request);
    List<ImageStream> streams = new ArrayList<>();
    if (request.names().isEmpty()) {
      streams.addAll(listed(request));
    } else {
      request.names().forEach(name -> streams.add(api.require(request.namespace(), name)));
    }
    return streams.stream()
        .map(request.podImages() ? StreamView::withPodImages : StreamView::of)
        .toList();
  }

  /**
   * {@code get istag}: the named tags, or every tag of the listed streams; only tags with a current
   * image are ImageStreamTags. A tag carries its stream's labels, so -l selects by those.
   *
   * @throws ApiException NotFound for a named tag without a current image
   */
  public List<StreamTagView> tags(GetRequest request) {
    checkScope(request);
    List<StreamTagView> views = new ArrayList<>();
    if (request.names().isEmpty()) {
      for (ImageStream stream : listed(request)) {
        for (NamedTagEventList history : stream.status().tags()) {
          withImage(stream, history.tag()).ifPresent(views::add);
        }
      }
      return views;
    }
    for (String name : request.names()) {
      StreamTagName parsed = StreamTagName.parse(name, request.namespace()).requireTag();
      ImageStream stream = api.require(parsed.namespace(), parsed.stream());
      api.requireTagImage(stream, parsed.tag());
      views.add(
          withImage(stream, parsed.tag())
              .orElseThrow(
                  () ->
                      ApiException.notFound(
                          "imagestreamtags.image.openshift.io",
                          parsed.stream() + ":" + parsed.tag())));
    }
    return views;
  }

  private Optional<StreamTagView> withImage(ImageStream stream, String tag) {
    return StreamTagView.of(api, stream, tag, false).filter(view -> view.current().isPresent());
  }

  /**
   * {@code get isimage NAME@ID...}: images must be named; the server has no list of them and
   * answers a list, as oc shows it, with MethodNotAllowed.
   *
   * @throws ApiException NotFound for an id that names no image, Conflict for one that names
   *     several
   */
  public List<StreamImageView> images(GetRequest request) {
    checkScope(request);
    if (request.names().isEmpty()) {
      throw ApiException.methodNotAllowed(
          "image stream images are got by NAME@ID: they cannot be listed");
    }
    List<StreamImageView> views = new ArrayList<>();
    for (String name : request.names()) {
      StreamTagName parsed = StreamTagName.parse(name, request.namespace()).requireImage();
      ImageStream stream = api.require(parsed.namespace(), parsed.imageStream());
      // NotFound or Conflict, in the server's words.
      views.add(StreamImageView.of(api, stream, StreamImages.require(stream, parsed.imageId())));
    }
    return views;
  }

  /** The streams a list covers: the namespace's, or every namespace's, in the server's order. */
  private List<ImageStream> listed(GetRequest request) {
    List<String> namespaces =
        request.allNamespaces() ? api.store().namespaces() : List.of(request.namespace());
    List<ImageStream> streams = new ArrayList<>();
    for (String namespace : namespaces) {
      for (String name : api.store().names(namespace)) {
        Optional<ImageStream> stream = api.get(namespace, name);
        // No lambda over the selector: a plain get must not load the query classes.
        if (stream.isPresent()
            && (request.selector().isEmpty()
                || request.selector().get().matches(stream.get().metadata().labels()))) {
          streams.add(stream.get());
        }
      }
    }
    return streams;
  }

  /** kubectl's refusals: names go with neither -A nor -l. */
  private static void checkScope(GetRequest request) {
    if (request.names().isEmpty()) {
      return;
    }
    if (request.allNamespaces()) {
      throw new UsageException("a resource cannot be retrieved by name across all namespaces");
    }
    if (request.selector().isPresent()) {
      throw new UsageException("name cannot be provided when a selector is specified");
    }
  }
}
