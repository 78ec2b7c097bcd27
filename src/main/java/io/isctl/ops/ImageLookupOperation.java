package io.isctl.ops;

import io.isctl.base.UsageException;
import io.isctl.model.ImageStream;
import java.util.ArrayList;
import java.util.List;

/** {@code oc set image-lookup} for image streams: sets {@code spec.lookupPolicy.local}. */
public final class ImageLookupOperation {
  private final ImageApiServer api;

  public ImageLookupOperation(ImageApiServer api) {
    this.api = api;
  }

  /** The streams the request is about, as stored now. */
  public List<ImageStream> select(ImageLookupRequest request) {
    List<ImageStream> streams = new ArrayList<>();
    if (request.names().isEmpty()) {
      for (String name : api.store().names(request.namespace())) {
        api.get(request.namespace(), name).ifPresent(streams::add);
      }
    } else {
      for (String name : request.names()) {
        streams.add(api.require(request.namespace(), name));
      }
    }
    return streams;
  }

  /**
   * Applies the change; returns every selected stream as it is afterwards, each with whether it
   * changed (unchanged streams print nothing, as with oc's empty patch).
   */
  public List<Changed> apply(ImageLookupRequest request) {
    if (request.all() && !request.names().isEmpty()) {
      throw new UsageException(
          "you may not specify individual resources and bulk resources in the same call");
    }
    List<ImageApiServer.Written> writes = new ArrayList<>();
    List<Changed> results =
        api.store()
            .exclusively(
                () -> {
                  List<Changed> changed = new ArrayList<>();
                  for (ImageStream stream : select(request)) {
                    if (stream.spec().lookupLocal() == request.enabled()) {
                      changed.add(new Changed(stream, false));
                      continue;
                    }
                    ImageStream requested =
                        stream.withSpec(stream.spec().withLookupLocal(request.enabled()));
                    ImageApiServer.Written written = api.updateSpec(stream, requested);
                    writes.add(written);
                    changed.add(new Changed(written.stream(), true));
                  }
                  return changed;
                });
    // As on a cluster, an update lets the import controller import whatever was pending.
    writes.forEach(written -> api.importDue(written, ProgressListener.NONE));
    return results;
  }

  /** A stream after the operation. */
  public record Changed(ImageStream stream, boolean changed) {}
}
