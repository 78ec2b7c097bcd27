package io.isctl.ops;

import io.isctl.files.AtomicFiles;
import io.isctl.files.SafeFiles;
import io.isctl.files.SafeFiles.Links;
import io.isctl.yaml.KubeYaml;
import io.isctl.yaml.YamlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The manifests named by {@code -f}, read as kubectl reads them: a file as is, a folder's {@code
 * .yaml}, {@code .yml} and {@code .json} files in name order (its subfolders too with {@code -R}),
 * {@code -} for standard input.
 */
public final class ManifestFiles {
  /** Standard input's name in messages and in {@code -f}. */
  public static final String STDIN = "-";

  private ManifestFiles() {}

  /**
   * One manifest.
   *
   * @param name as messages name it: the path as typed (joined with the folder's entries), or "-"
   * @param path where it is, null for standard input
   */
  public record Manifest(String name, Path path, String text) {}

  /**
   * Reads every manifest, in the order named.
   *
   * @throws OperationException when a file cannot be read, is not UTF-8, or a name matches nothing
   */
  public static List<Manifest> read(
      List<String> names, boolean recursive, Path cwd, Supplier<InputStream> stdin) {
    List<Manifest> manifests = new ArrayList<>();
    boolean stdinRead = false;
    for (String name : names) {
      if (name.equals(STDIN)) {
        if (stdinRead) {
          throw new OperationException("standard input can be read only once");
        }
        stdinRead = true;
        manifests.add(new Manifest(STDIN, null, decode(readStdin(stdin), STDIN)));
        continue;
      }
      Path path = cwd.resolve(name);
      if (Files.isDirectory(path)) {
        for (Path file : folder(path, recursive)) {
          String shown =
              name.endsWith("/")
                  ? name + path.relativize(file)
                  : name + "/" + path.relativize(file);
          manifests.add(
              new Manifest(shown, file, decode(readFile(file, shown, Links.REFUSE), shown)));
        }
      } else {
        manifests.add(new Manifest(name, path, decode(readFile(path, name, Links.FOLLOW), name)));
      }
    }
    return manifests;
  }

  /**
   * Checks that every manifest of {@code manifests} can be written back, before any is: a link
   * among them must not leave the others half rewritten.
   */
  public static void checkWritable(List<Manifest> manifests) {
    for (Manifest manifest : manifests) {
      try {
        AtomicFiles.checkReplaceable(manifest.path());
      } catch (IOException e) {
        throw new OperationException(manifest.name() + ": cannot write: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Writes a manifest back atomically, with its mode (and owner) from the first byte on; a link is
   * refused rather than replaced by a file.
   */
  public static void write(Manifest manifest, String text) {
    try {
      AtomicFiles.write(manifest.path(), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OperationException(manifest.name() + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static List<Path> folder(Path dir, boolean recursive) {
    try (Stream<Path> paths = recursive ? Files.walk(dir) : Files.list(dir)) {
      // Links inside a folder are not followed: a checkout could point one at a secret.
      return paths
          .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .filter(ManifestFiles::isManifest)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new OperationException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  private static boolean isManifest(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static byte[] readFile(Path path, String name, Links links) {
    try {
      return SafeFiles.read(path, KubeYaml.MAX_INPUT_BYTES, links);
    } catch (NoSuchFileException e) {
      throw new OperationException("the path \"" + name + "\" does not exist");
    } catch (IOException e) {
      throw new OperationException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] readStdin(Supplier<InputStream> stdin) {
    try {
      return SafeFiles.read(stdin.get(), KubeYaml.MAX_INPUT_BYTES, "standard input");
    } catch (IOException e) {
      throw new OperationException("cannot read standard input: " + e.getMessage(), e);
    }
  }

  private static String decode(byte[] bytes, String name) {
    try {
      return KubeYaml.decode(bytes, name);
    } catch (YamlException e) {
      throw new OperationException(e.getMessage(), e);
    }
  }
}
