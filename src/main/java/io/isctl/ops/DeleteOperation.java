package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.base.UsageException;
import io.isctl.store.ImageStreamStore;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code isctl delete is}: removes streams from the store; their Images stay. As kubectl deletes:
 * each stream that exists goes, each that does not is a NotFound of its own (unless {@code
 * --ignore-not-found}), and the others are deleted all the same.
 */
public final class DeleteOperation {
  private final ImageStreamStore store;

  public DeleteOperation(ImageStreamStore store) {
    this.store = store;
  }

  /**
   * {@code isctl delete is [NAME...] [--all] [--ignore-not-found]} as typed.
   *
   * @param all every stream of the namespace
   */
  public record Request(String namespace, List<String> names, boolean all, boolean ignoreNotFound) {
    public Request {
      names = List.copyOf(names);
    }
  }

  /**
   * What happened to each stream, in order.
   *
   * @param deleted the streams removed
   * @param notFound the server's NotFound message for each name that named no stream
   * @param selected whether anything was selected ({@code --all} of an empty namespace is not)
   */
  public record Outcome(List<String> deleted, List<String> notFound, boolean selected) {}

  /**
   * Deletes under the store's lock: every name is checked (and read) before the first stream goes,
   * so a name the store refuses deletes nothing.
   *
   * @throws UsageException for names with {@code --all}, or neither
   */
  public Outcome delete(Request request) {
    if (request.all() && !request.names().isEmpty()) {
      throw new UsageException("name cannot be provided when a selector is specified");
    }
    if (!request.all() && request.names().isEmpty()) {
      throw new UsageException(
          "resource(s) were provided, but no name, label selector, or --all flag specified");
    }
    return store.exclusively(
        () -> {
          List<String> names = request.all() ? store.names(request.namespace()) : request.names();
          List<String> existing = new ArrayList<>();
          List<String> notFound = new ArrayList<>();
          for (String name : names) {
            if (store.find(request.namespace(), name).isPresent()) {
              existing.add(name);
            } else if (!request.ignoreNotFound()) {
              notFound.add(
                  ApiException.notFound("imagestreams.image.openshift.io", name).getMessage());
            }
          }
          List<String> deleted = new ArrayList<>();
          for (String name : existing) {
            if (store.delete(request.namespace(), name)) {
              deleted.add(name);
            }
          }
          return new Outcome(deleted, notFound, !names.isEmpty());
        });
  }
}
