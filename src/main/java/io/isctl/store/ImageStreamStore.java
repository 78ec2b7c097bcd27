package io.isctl.store;

import io.isctl.model.ClusterConfig;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.StreamSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where image streams live: one resource per namespace and name. */
public interface ImageStreamStore extends StreamSource {

  /**
   * The stream, if stored.
   *
   * @throws StoreException when its file cannot be read or is not a valid ImageStream
   */
  @Override
  Optional<ImageStream> find(String namespace, String name);

  /**
   * The streams of one namespace, sorted by name: those of {@link #names} that can still be found
   * (a file deleted meanwhile is left out).
   */
  default List<ImageStream> list(String namespace) {
    List<ImageStream> streams = new ArrayList<>();
    for (String name : names(namespace)) {
      find(namespace, name).ifPresent(streams::add);
    }
    return streams;
  }

  /** The names of the streams of one namespace, sorted, without reading their files. */
  List<String> names(String namespace);

  /** The namespaces that hold at least one stream, sorted. */
  List<String> namespaces();

  /**
   * Runs {@code work} with the store to itself: other isctl processes wait, so read-modify-write
   * cycles never lose an update.
   */
  <T> T exclusively(Work<T> work);

  /** Whether this process holds the store lock now (registry work must never happen then). */
  boolean locked();

  /** Writes the stream atomically: readers see the old file or the new one, never half of one. */
  void save(ImageStream stream);

  /**
   * The cluster-scoped Image named {@code name} (a digest), if stored; empty for a name that is no
   * digest.
   *
   * @throws StoreException when its file cannot be read or is not a valid Image
   */
  Optional<Image> findImage(String name);

  /**
   * Whether an Image named {@code name} is stored (its file is not read: Images are written once).
   */
  boolean hasImage(String name);

  /**
   * Stores an Image unless one of its name is there already: Images are named by their content, so
   * they are written once and never rewritten (nor removed with the streams that use them).
   */
  void saveImage(Image image);

  /** Removes the stream; false when there was none. */
  boolean delete(String namespace, String name);

  /** The cluster settings of the store's config.yaml, or the defaults. */
  ClusterConfig config();

  /** The namespace {@code isctl project} last chose, if any. */
  Optional<String> currentNamespace();

  void setCurrentNamespace(String namespace);

  /** Work done while holding the store. */
  @FunctionalInterface
  interface Work<T> {
    T run();
  }
}
