package io.isctl.cli.print;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.ops.StreamImageView;
import io.isctl.ops.StreamTagView;
import io.isctl.ops.StreamView;
import java.time.Instant;
import java.util.List;

/**
 * What {@code get} prints of one kind of resource: oc's table, the names {@code -o name} prints and
 * the API objects {@code -o yaml|json} prints.
 */
public interface Listing {

  /** Nothing was found: {@code get} says so instead of printing an empty table. */
  boolean isEmpty();

  /** oc's table; wide adds columns. */
  String table(boolean wide, Instant now);

  /** Each object's name, as {@code -o name} prints it after the resource. */
  List<String> names();

  /** Each object as the API returns it. */
  List<ObjectNode> objects();

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
