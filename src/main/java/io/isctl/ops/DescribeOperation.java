package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.model.ImageStream;
import io.isctl.resolve.StreamImages;

/**
 * {@code isctl describe}: one stream, stream tag or stream image, with the Pod images oc's
 * description has not but isctl's has.
 */
public final class DescribeOperation {
  private final ImageApiServer api;

  public DescribeOperation(ImageApiServer api) {
    this.api = api;
  }

  /** {@code describe is NAME}: with each tag's Pod image and the platform of its image. */
  public StreamView stream(String namespace, String name) {
    return StreamView.withPodImages(api.require(namespace, name)).withPlatforms(api::image);
  }

  /**
   * {@code describe istag [ns/]NAME:TAG}: the tag in the stream's spec, its history, or both.
   *
   * @throws ApiException NotFound when the stream has the tag in neither, or its current Image is
   *     gone from a store that keeps the stream's Images
   */
  public StreamTagView tag(String namespace, String target) {
    StreamTagName parsed = StreamTagName.parse(target, namespace).requireTag();
    ImageStream stream = api.require(parsed.namespace(), parsed.stream());
    api.requireTagImage(stream, parsed.tag());
    return StreamTagView.of(api, stream, parsed.tag(), true)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "imagestreamtags.image.openshift.io", stream.name() + ":" + parsed.tag()));
  }

  /**
   * {@code describe isimage [ns/]NAME@ID}.
   *
   * @throws ApiException NotFound when the id names no image of the stream, Conflict when it is the
   *     prefix of several
   */
  public StreamImageView image(String namespace, String target) {
    StreamTagName name = StreamTagName.parse(target, namespace).requireImage();
    ImageStream stream = api.require(name.namespace(), name.imageStream());
    // NotFound or Conflict, in the server's words.
    return StreamImageView.of(api, stream, StreamImages.require(stream, name.imageId()));
  }
}
