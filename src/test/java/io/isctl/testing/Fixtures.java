package io.isctl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled example store and other test material. */
public final class Fixtures {
  /** The article's image digests. */
  public static final String EXTERNAL_DIGEST =
      "sha256:42957024b43e121a210a1b3a8a44f497233a2385f7ef48227a6866afdb9b8e1b";

  public static final String INTERNAL_DIGEST =
      "sha256:ff3b3c5e3d09bf93e2a05ece04235f4ea8212f36b617161d8f11f374a14aeb74";
  public static final String INTERNAL = "image-registry.openshift-image-registry.svc:5000";
  public static final String EXTERNAL_TAG = "docker.io/balazsszeti/hello:sleeper";
  public static final String EXTERNAL_BY_DIGEST = "docker.io/balazsszeti/hello@" + EXTERNAL_DIGEST;

  private Fixtures() {}

  /** The project's root folder (tests run from it). */
  public static Path projectRoot() {
    return Path.of("").toAbsolutePath();
  }

  /** A copy of {@code examples/seed} under {@code dir}, safe to change. */
  public static Path seedStore(Path dir) {
    Path target = dir.resolve("store");
    copyTree(projectRoot().resolve("examples/seed"), target);
    return target;
  }

  public static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
