package io.isctl.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.model.ClusterConfig;
import io.isctl.model.ClusterConfigTree;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.ImageTree;
import io.isctl.model.ResourceFormatException;
import io.isctl.reference.Digests;
import io.isctl.yaml.KubeYaml;
import io.isctl.yaml.YamlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A store folder of ImageStream YAML files, written as {@code oc get is -o yaml} prints them. */
public final class FileImageStreamStore implements ImageStreamStore {
  /** A namespace is at most 63 characters; anything much longer is not a namespace file. */
  private static final int MAX_NAMESPACE_FILE_BYTES = 1024;

  private final StoreLayout layout;
  private ClusterConfig config;
  private int lockDepth;

  public FileImageStreamStore(Path root) {
    this.layout = new StoreLayout(root);
  }

  public StoreLayout layout() {
    return layout;
  }

  @Override
  public Optional<ImageStream> find(String namespace, String name) {
    Path file = layout.streamFile(namespace, name);
    return readResource(file, ImageStreamTree::read)
        .map(stream -> checked(file, stream, namespace, name));
  }

  /**
   * The resource in a file, read by {@code reader}; empty when there is no file.
   *
   * @throws StoreException naming the file when it cannot be read or is not that resource
   */
  private static <T> Optional<T> readResource(Path file, Function<JsonNode, T> reader) {
    byte[] bytes;
    try {
      bytes = readBounded(file, KubeYaml.MAX_INPUT_BYTES);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
    }
    try {
      return Optional.of(reader.apply(KubeYaml.read(bytes, file.toString())));
    } catch (YamlException e) {
      throw new StoreException(e.getMessage(), e);
    } catch (ResourceFormatException e) {
      throw new StoreException(file + ": " + e.getMessage(), e);
    }
  }

  private static ImageStream checked(Path file, ImageStream stream, String namespace, String name) {
    var meta = stream.metadata();
    if (!meta.name().isEmpty() && !meta.name().equals(name)) {
      throw new StoreException(
          file + ": metadata.name \"" + meta.name() + "\" does not match the file name");
    }
    if (!meta.namespace().isEmpty() && !meta.namespace().equals(namespace)) {
      throw new StoreException(
          file + ": metadata.namespace \"" + meta.namespace() + "\" does not match the folder");
    }
    // A hand-written file may leave out what its path already says.
    return stream.withMetadata(
        new io.isctl.model.ObjectMeta(
            name,
            namespace,
            meta.generation(),
            meta.creationTimestamp(),
            meta.annotations(),
            meta.extra()));
  }

  @Override
  public List<ImageStream> list(String namespace) {
    List<ImageStream> streams = new ArrayList<>();
    for (String name : names(namespace)) {
      find(namespace, name).ifPresent(streams::add);
    }
    return streams;
  }

  @Override
  public List<String> names(String namespace) {
    Path dir = layout.namespaceDir(namespace);
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String fileName = entry.getFileName().toString();
        if (StoreLayout.isStreamFile(fileName)) {
          names.add(fileName.substring(0, fileName.length() - StoreLayout.SUFFIX.length()));
        }
      }
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot list: " + e.getMessage(), e);
    }
    names.sort(null);
    return names;
  }

  @Override
  public List<String> namespaces() {
    List<String> namespaces = new ArrayList<>();
    if (!Files.isDirectory(layout.root())) {
      return namespaces;
    }
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(layout.root(), Files::isDirectory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".")
            && io.isctl.reference.StreamNames.validateNamespace(name).isEmpty()) {
          namespaces.add(name);
        }
      }
    } catch (IOException e) {
      throw new StoreException(layout.root() + ": cannot list: " + e.getMessage(), e);
    }
    namespaces.sort(null);
    return namespaces;
  }

  @Override
  @SuppressWarnings("try") // the lock is held by the try, never read
  public <T> T exclusively(Work<T> work) {
    if (lockDepth > 0) {
      lockDepth++;
      try {
        return work.run();
      } finally {
        lockDepth--;
      }
    }
    Path lockFile = layout.lockFile();
    try {
      Files.createDirectories(lockFile.getParent());
      writeStateIgnore();
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        lockDepth = 1;
        try {
          return work.run();
        } finally {
          lockDepth = 0;
        }
      }
    } catch (IOException e) {
      throw new StoreException(lockFile + ": cannot lock the store: " + e.getMessage(), e);
    }
  }

  /** Keeps isctl's own state (lock, current namespace, caches) out of the user's git history. */
  private void writeStateIgnore() throws IOException {
    Path ignore = layout.stateDir().resolve(".gitignore");
    byte[] everything = "*\n".getBytes(StandardCharsets.UTF_8);
    // Stores made by earlier versions ignored only the lock.
    if (!Files.exists(ignore)
        || Files.readString(ignore, StandardCharsets.UTF_8).equals("lock\n")) {
      AtomicFiles.write(ignore, everything);
    }
  }

  @Override
  public void save(ImageStream stream) {
    Path file = layout.streamFile(stream.namespace(), stream.name());
    byte[] bytes = KubeYaml.write(ImageStreamTree.write(stream)).getBytes(StandardCharsets.UTF_8);
    try {
      deleteLeftovers(file.getParent());
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Image> findImage(String name) {
    if (!Digests.isValid(name)) {
      return Optional.empty(); // hand-written streams may name images that no Image could be
    }
    Path file = layout.imageFile(name);
    Optional<Image> image = readResource(file, ImageTree::read);
    if (image.isPresent() && !image.get().name().equals(name)) {
      throw new StoreException(
          file + ": metadata.name \"" + image.get().name() + "\" does not match the file name");
    }
    return image;
  }

  @Override
  public boolean hasImage(String name) {
    return Digests.isValid(name) && Files.exists(layout.imageFile(name));
  }

  @Override
  public void saveImage(Image image) {
    Path file = layout.imageFile(image.name());
    if (Files.exists(file)) {
      return;
    }
    String yaml = KubeYaml.write(ImageTree.write(image));
    if (yaml.length() > KubeYaml.MAX_CODE_POINTS
        && yaml.codePointCount(0, yaml.length()) > KubeYaml.MAX_CODE_POINTS) {
      // It could never be read back.
      throw new StoreException(
          file
              + ": the image is larger than the limit of "
              + KubeYaml.MAX_CODE_POINTS
              + " code points");
    }
    try {
      deleteLeftovers(file.getParent());
      AtomicFiles.write(file, yaml.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean delete(String namespace, String name) {
    Path file = layout.streamFile(namespace, name);
    try {
      deleteLeftovers(file.getParent());
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot delete: " + e.getMessage(), e);
    }
  }

  /**
   * Removes what writers killed mid-write left in a namespace folder. Every stream write holds the
   * store lock, so while we hold it any temporary file there is abandoned; without the lock we
   * leave them be (reads and listings never take them for streams either way).
   */
  private void deleteLeftovers(Path namespaceDir) throws IOException {
    if (lockDepth > 0) {
      AtomicFiles.deleteLeftovers(namespaceDir);
    }
  }

  /**
   * The file's bytes, refusing files over {@code limit} before reading them: a huge or sparse file
   * must give a one-line error, not exhaust memory.
   */
  private static byte[] readBounded(Path file, long limit) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      // A folder or a named pipe would fail or block forever.
      throw new StoreException(file + ": not a regular file");
    }
    if (attributes.size() > limit) {
      throw tooLarge(file, limit);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) limit + 1); // the file may have grown since
      if (bytes.length > limit) {
        throw tooLarge(file, limit);
      }
      return bytes;
    }
  }

  private static StoreException tooLarge(Path file, long limit) {
    return new StoreException(file + ": the file is larger than the limit of " + limit + " bytes");
  }

  @Override
  public ClusterConfig config() {
    if (config == null) {
      config = readConfig();
    }
    return config;
  }

  private ClusterConfig readConfig() {
    Path file = layout.configFile();
    if (!Files.exists(file)) {
      return ClusterConfig.DEFAULT;
    }
    try {
      List<JsonNode> documents =
          KubeYaml.readAll(readBounded(file, KubeYaml.MAX_INPUT_BYTES), file.toString());
      return ClusterConfigTree.read(documents);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
    } catch (YamlException e) {
      throw new StoreException(e.getMessage(), e);
    } catch (ResourceFormatException e) {
      throw new StoreException(file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> currentNamespace() {
    Path file = layout.currentNamespaceFile();
    try {
      String value =
          new String(readBounded(file, MAX_NAMESPACE_FILE_BYTES), StandardCharsets.UTF_8).trim();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public void setCurrentNamespace(String namespace) {
    layout.namespaceDir(namespace); // validates
    Path file = layout.currentNamespaceFile();
    try {
      AtomicFiles.write(file, (namespace + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}
