package io.isctl.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the workload manifests the launchers' training runs of {@code resolve -f} and {@code set
 * image-lookup -f} read (a resource of the jar, resolved against the bundled example store), so
 * that every launcher trains the workloads' class-data archive on the same file. Runs in a JVM of
 * its own, like {@link TrainingRegistry}.
 *
 * <p>Usage: {@code java -cp isctl.jar io.isctl.training.TrainingWorkloads FILE}
 */
public final class TrainingWorkloads {
  private TrainingWorkloads() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TrainingWorkloads FILE");
      System.exit(2);
    }
    try (InputStream manifests = TrainingWorkloads.class.getResourceAsStream("workloads.yaml")) {
      if (manifests == null) {
        throw new IOException("workloads.yaml is missing from the jar");
      }
      Files.copy(manifests, Path.of(args[0]), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
