package io.isctl.ops;

import io.isctl.model.ImageStream;
import io.isctl.store.ImageStreamStore;
import java.util.List;
import java.util.Optional;

/** The store's namespaces and streams as stored: what Tab completes names from. */
public final class StreamCatalog {
  private final ImageStreamStore store;

  public StreamCatalog(ImageStreamStore store) {
    this.store = store;
  }

  /** The namespaces that hold a stream, sorted. */
  public List<String> namespaces() {
    return store.namespaces();
  }

  /** The names of a namespace's streams, sorted, without reading their files. */
  public List<String> names(String namespace) {
    return store.names(namespace);
  }

  /** The stream as stored, if it is. */
  public Optional<ImageStream> find(String namespace, String name) {
    return store.find(namespace, name);
  }
}
