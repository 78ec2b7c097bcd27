package io.isctl.ops;

import io.isctl.store.ImageStreamStore;

/** {@code isctl project NS}: the namespace commands use when none is given. */
public final class ProjectOperation {
  private final ImageStreamStore store;

  public ProjectOperation(ImageStreamStore store) {
    this.store = store;
  }

  /** Makes {@code namespace} the store's current project. */
  public void switchTo(String namespace) {
    store.setCurrentNamespace(namespace);
  }
}
