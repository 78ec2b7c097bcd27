package io.isctl.workload;

import io.isctl.importer.ImageImporter;
import io.isctl.model.ImageStream;
import io.isctl.model.StreamSource;
import io.isctl.ops.ImageApiServer;
import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled example store as the API server serves it, with lookupPolicy.local switched on for
 * some streams.
 */
final class SeedStreams {
  static final String NS = "myproject";
  static final String SOURCE = Fixtures.EXTERNAL_BY_DIGEST;
  static final String LOCAL =
      Fixtures.INTERNAL + "/myproject/myimage-ref-local@" + Fixtures.EXTERNAL_DIGEST;
  static final String INTERNAL =
      Fixtures.INTERNAL + "/myproject/myimage-internal@" + Fixtures.INTERNAL_DIGEST;
  static final String REFERENCE = Fixtures.EXTERNAL_TAG;

  private SeedStreams() {}

  static StreamSource of(Path dir, String... lookupLocal) {
    ImageApiServer api =
        new ImageApiServer(
            new FileImageStreamStore(Fixtures.seedStore(dir)),
            Clock.systemUTC(),
            ImageImporter.OFFLINE);
    Set<String> local = Set.of(lookupLocal);
    return (namespace, name) -> {
      Optional<ImageStream> found = api.get(namespace, name);
      return found.map(s -> local.contains(name) ? s.withSpec(s.spec().withLookupLocal(true)) : s);
    };
  }

  static WorkloadResolver resolver(Path dir, String... lookupLocal) {
    return new WorkloadResolver(of(dir, lookupLocal), Fixtures.INTERNAL);
  }
}
