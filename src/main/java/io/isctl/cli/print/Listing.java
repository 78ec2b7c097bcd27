package io.isctl.cli.print;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.ops.StreamImageView;
import io.isctl.ops.StreamTagView;
import io.isctl.ops.StreamView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code get} prints of the objects of one kind of resource, object by object: oc's table row,
 * the name {@code -o name} prints, the labels {@code --show-labels} adds and the API object {@code
 * -o yaml|json}, JSONPath and custom columns read.
 */
public interface Listing {

  int size();

  /** oc's column headers, NAME first; wide adds columns. */
  List<String> headers(boolean wide);

  /** The object's cells under {@link #headers}, its name first, as read (not yet escaped). */
  List<String> row(int index, boolean wide, Instant now);

  /** The object's name, as {@code -o name} prints it after the resource. */
  String name(int index);

  String namespace(int index);

  /** {@code metadata.labels}, sorted by key. */
  Map<String, String> labels(int index);

  /** The object as the API returns it. */
  ObjectNode object(int index);

  static Listing streams(List<StreamView> streams) {
    return new StreamListing(streams);
  }

  static Listing tags(List<StreamTagView> tags) {
    return new StreamTagListing(tags);
  }

  static Listing images(List<StreamImageView> images) {
    return new StreamImageListing(images);
  }
}
