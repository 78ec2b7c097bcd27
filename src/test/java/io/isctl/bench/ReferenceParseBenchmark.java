package io.isctl.bench;

import io.isctl.reference.ImageReference;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reference parser on the shapes users write: short names, Hub names, registries with ports,
 * digests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReferenceParseBenchmark {
  private final String[] references = {
    "nginx",
    "mysql:8",
    "docker.io/balazsszeti/hello:sleeper",
    "image-registry.openshift-image-registry.svc:5000/myproject/myimage-internal@sha256:"
        + "ff3b3c5e3d09bf93e2a05ece04235f4ea8212f36b617161d8f11f374a14aeb74",
    "quay.io/openshift/origin-cli:4.15",
    "localhost:5000/team/app/worker:v1.2.3"
  };

  @Benchmark
  public void parseAndSerialise(Blackhole hole) {
    for (String reference : references) {
      hole.consume(ImageReference.parse(reference).exact());
    }
  }
}
