package io.isctl.testing;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.yaml.KubeYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a store folder holds on disk, read without isctl's store code, for tests that check its
 * files.
 */
public final class StoreFiles {
  private StoreFiles() {}

  /**
   * Every file below {@code dir} (relative path → bytes), to compare before and after a command.
   */
  public static Map<String, byte[]> snapshot(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(path).toString(), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Every folder and file below {@code dir}, folders included (relative path → "folder", or the
   * file's bytes as text): proof that a command created, changed and removed nothing, not even an
   * empty folder.
   */
  public static Map<String, String> tree(Path dir) {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(dir)) {
      return entries;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.toList()) {
        entries.put(
            dir.relativize(path).toString(),
            Files.isDirectory(path)
                ? "folder"
                : new String(
                    Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** The file names in {@code dir}, sorted. */
  public static List<String> names(Path dir) {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the store's config.yaml marking {@code registry} insecure (plain HTTP or an unverified
   * certificate).
   */
  public static void markInsecure(Path store, String registry) {
    try {
      Files.createDirectories(store);
      Files.writeString(
          store.resolve("config.yaml"),
          """
          apiVersion: config.openshift.io/v1
          kind: Image
          metadata: {name: cluster}
          spec:
            registrySources:
              insecureRegistries: [%s]
          """
              .formatted(registry));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stream in {@code file}, parsed strictly (a broken or partial file fails the test). */
  public static ImageStream stream(Path file) {
    try {
      return ImageStreamTree.read(KubeYaml.read(Files.readAllBytes(file), file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
