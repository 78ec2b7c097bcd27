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

  /** {@code get is}: the named streams, or every stream of the namespace. */
  public List<StreamView> streams(GetRequest request) {
    List<ImageStream> streams = new ArrayList<>();
    if (request.names().isEmpty()) {
      for (String name : api.store().names(request.namespace())) {
        api.get(request.namespace(), name).ifPresent(streams::add);
      }
    } else {
      request.names().forEach(name -> streams.add(api.require(request.namespace(), name)));
    }
    return streams.stream()
        .map(request.podImages() ? StreamView::withPodImages : StreamView::of)
        .toList();
  }

  /**
   * {@code get istag}: the named tags, or every tag of the namespace's streams; only tags with a
   * current image are ImageStreamTags.
   *
   * @throws ApiException NotFound for a named tag without a current image
   */
  public List<StreamTagView> tags(GetRequest request) {
    List<StreamTagView> views = new ArrayList<>();
    if (request.names().isEmpty()) {
      for (String name : api.store().names(request.namespace())) {
        api.get(request.namespace(), name)
            .ifPresent(
                stream -> {
                  for (NamedTagEventList history : stream.status().tags()) {
                    withImage(stream, history.tag()).ifPresent(views::add);
                  }
                });
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
   * {@code get isimage NAME@ID...}: images must be named, as the API has no list of them.
   *
   * @throws ApiException NotFound for an id that names no image, Conflict for one that names
   *     several
   */
  public List<StreamImageView> images(GetRequest request) {
    if (request.names().isEmpty()) {
      throw new UsageException("get isimage needs NAME@ID: image stream images cannot be listed");
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
}
