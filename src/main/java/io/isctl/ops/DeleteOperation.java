package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.store.ImageStreamStore;
import java.util.List;
import java.util.function.Consumer;

/** {@code isctl delete is NAME...}: removes streams from the store; their Images stay. */
public final class DeleteOperation {
  private final ImageStreamStore store;

  public DeleteOperation(ImageStreamStore store) {
    this.store = store;
  }

  /**
   * Deletes the streams in order under the store's lock, telling {@code deleted} each name as it
   * goes; stops at the first that does not exist.
   *
   * @throws ApiException NotFound for that one
   */
  public void delete(String namespace, List<String> names, Consumer<String> deleted) {
    store.exclusively(
        () -> {
          for (String name : names) {
            if (!store.delete(namespace, name)) {
              throw ApiException.notFound("imagestreams.image.openshift.io", name);
            }
            deleted.accept(name);
          }
          return null;
        });
  }
}
