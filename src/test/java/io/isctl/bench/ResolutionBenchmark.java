package io.isctl.bench;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.RegistryHostnames;
import io.isctl.resolve.LookupResolver;
import io.isctl.resolve.TriggerResolver;
import io.isctl.yaml.KubeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** The resolution rules on the article's four streams: trigger resolution and lookup admission. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResolutionBenchmark {
  private static final String[] NAMES = {
    "myimage-ref-source", "myimage-ref-local", "myimage-reference", "myimage-internal"
  };
  private final Map<String, ImageStream> streams = new HashMap<>();
  private LookupResolver lookup;

  @Setup
  public void load() throws IOException {
    for (String name : NAMES) {
      byte[] file = Files.readAllBytes(Path.of("examples/seed/myproject/" + name + ".yaml"));
      ImageStream stream = ImageStreamTree.read(KubeYaml.read(file, name));
      // Lookup is allowed on every stream so that each rule of admission runs to its end.
      streams.put(name, stream.withSpec(stream.spec().withLookupLocal(true)));
    }
    lookup =
        new LookupResolver(
            (ns, name) -> Optional.ofNullable(streams.get(name)),
            RegistryHostnames.DEFAULT_INTERNAL);
  }

  @Benchmark
  public void trigger(Blackhole hole) {
    for (String name : NAMES) {
      hole.consume(TriggerResolver.resolve(streams.get(name), "mytag"));
    }
  }

  @Benchmark
  public void lookup(Blackhole hole) {
    for (String name : NAMES) {
      hole.consume(lookup.resolve(name + ":mytag", "myproject", false));
    }
  }
}
