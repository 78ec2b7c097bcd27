package io.isctl.bench;

import io.isctl.apiserver.ImageStreamStrategy;
import io.isctl.apiserver.ImportApplier;
import io.isctl.apiserver.TagImport;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.RegistryHostnames;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import io.isctl.yaml.KubeYaml;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a sync of a fleet costs per stream besides the requests (bench/fleet.sh: streams of 50
 * scheduled tags): reading one stream file, and recording its 50 unchanged imports onto it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FleetStreamBenchmark {
  private static final int TAGS = 50;

  private byte[] file;
  private ImageStream stream;
  private List<TagImport> unchanged;
  private ImportApplier applier;

  @Setup
  public void load() {
    StringBuilder yaml =
        new StringBuilder(
            "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n  annotations:\n"
                + "    openshift.io/image.dockerRepositoryCheck: \"2026-12-03T09:08:36Z\"\n"
                + "  generation: 1\n  name: app-001\n  namespace: fleet\nspec:\n  lookupPolicy:\n"
                + "    local: false\n  tags:\n");
    for (int t = 0; t < TAGS; t++) {
      yaml.append("  - annotations: null\n    from:\n      kind: DockerImage\n")
          .append("      name: 127.0.0.1:5000/fleet/app-001:v")
          .append(t)
          .append("\n    generation: 1\n    importPolicy:\n      importMode: Legacy\n")
          .append("      scheduled: true\n    name: v")
          .append(t)
          .append("\n    referencePolicy:\n      type: Source\n");
    }
    yaml.append(
        "status:\n  dockerImageRepository: image-registry.openshift-image-registry.svc:5000/fleet/app-001\n"
            + "  tags:\n");
    for (int t = 0; t < TAGS; t++) {
      String digest = String.format("sha256:%064x", t);
      yaml.append("  - items:\n    - created: \"2026-12-03T09:08:36Z\"\n")
          .append("      dockerImageReference: 127.0.0.1:5000/fleet/app-001@")
          .append(digest)
          .append("\n      generation: 1\n      image: ")
          .append(digest)
          .append("\n    tag: v")
          .append(t)
          .append('\n');
    }
    file = yaml.toString().getBytes(StandardCharsets.UTF_8);
    stream = read();
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    applier =
        new ImportApplier(
            new ImageStreamStrategy(
                RegistryHostnames.DEFAULT, (namespace, name) -> Optional.empty(), clock),
            clock);
    unchanged = new ArrayList<>();
    for (TagReference tag : stream.spec().tags()) {
      TagEvent latest = stream.status().latest(tag.name()).orElseThrow();
      unchanged.add(
          TagImport.succeeded(
              tag.name(),
              tag.from().name(),
              tag.importPolicy(),
              tag.referencePolicy(),
              latest.image(),
              latest.dockerImageReference()));
    }
    if (recordUnchanged() != stream) {
      throw new IllegalStateException("the unchanged imports changed the stream");
    }
  }

  /** One stream file of 50 imported tags (about 27 KB), YAML to model. */
  @Benchmark
  public ImageStream read() {
    return ImageStreamTree.read(KubeYaml.read(file, "app-001.yaml"));
  }

  /** The 50 unchanged answers recorded onto the stream: nothing to write. */
  @Benchmark
  public ImageStream recordUnchanged() {
    return applier.apply(stream, "fleet", "app-001", unchanged);
  }
}
