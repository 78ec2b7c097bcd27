package io.isctl.ops;

import io.isctl.apiserver.ApiException;
import io.isctl.base.UsageException;
import io.isctl.model.ImageStream;
import io.isctl.query.LabelSelector;
import io.isctl.store.ImageStreamStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
   * {@code isctl delete is [NAME...] [--all] [-l SELECTOR] [--ignore-not-found]} as typed.
   *
   * @param all every stream of the namespace
   * @param selector the labels of the streams to delete ({@code -l}), every one of the namespace
   *     that matches
   */
  public record Request(
      String namespace,
      List<String> names,
      boolean all,
      Optional<LabelSelector> selector,
      boolean ignoreNotFound) {
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
   * @throws UsageException in kubectl's words: names with {@code --all} or {@code -l}, both of
   *     these, or none of the three
   */
  public Outcome delete(Request request) {
    boolean selects = request.all() || request.selector().isPresent();
    if (request.all() && request.selector().isPresent()) {
      throw new UsageException("cannot set --all and --selector at the same time");
    }
    if (selects && !request.names().isEmpty()) {
      throw new UsageException("name cannot be provided when a selector is specified");
    }
    if (!selects && request.names().isEmpty()) {
      throw new UsageException(
          "resource(s) were provided, but no name, label selector, or --all flag specified");
    }
    return store.exclusively(
        () -> {
          List<String> names = selects ? selected(request) : request.names();
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

  /** {@code --all} or {@code -l}: the streams of the namespace, those whose labels match. */
  private List<String> selected(Request request) {
    List<String> names = new ArrayList<>();
    for (String name : store.names(request.namespace())) {
      // No lambda over the selector: a delete without -l loads no query class.
      if (request.selector().isEmpty()) {
        names.add(name);
        continue;
      }
      Optional<ImageStream> stream = store.find(request.namespace(), name);
      if (stream.isPresent()
          && request.selector().get().matches(stream.get().metadata().labels())) {
        names.add(name);
      }
    }
    return names;
  }
}
