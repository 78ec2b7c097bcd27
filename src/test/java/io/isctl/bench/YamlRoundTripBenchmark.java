package io.isctl.bench;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.yaml.KubeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading and writing one stream file, as every store access does: YAML to model and back. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class YamlRoundTripBenchmark {
  private byte[] file;
  private ImageStream stream;

  @Setup
  public void load() throws IOException {
    file = Files.readAllBytes(Path.of("examples/seed/myproject/myimage-ref-source.yaml"));
    stream = read();
  }

  @Benchmark
  public ImageStream read() {
    return ImageStreamTree.read(KubeYaml.read(file, "myimage-ref-source.yaml"));
  }

  @Benchmark
  public byte[] write() {
    return KubeYaml.write(ImageStreamTree.write(stream)).getBytes(StandardCharsets.UTF_8);
  }
}
