package io.isctl.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.files.AtomicFiles;
import io.isctl.files.FileRefusedException;
import io.isctl.files.SafeFiles;
import io.isctl.files.SafeFiles.Links;
import io.isctl.go.GoRfc3339;
import io.isctl.model.ClusterConfig;
import io.isctl.model.ClusterConfigTree;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamTree;
import io.isctl.model.ImageTree;
import io.isctl.model.ResourceFormatException;
import io.isctl.reference.Digests;
import io.isctl.reference.StreamNames;
import io.isctl.yaml.KubeYaml;
import io.isctl.yaml.YamlException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** A store folder of ImageStream YAML files, written as {@code oc get is -o yaml} prints them. */
public final class FileImageStreamStore implements ImageStreamStore {
  /** A namespace is at most 63 characters; anything much longer is not a namespace file. */
  private static final int MAX_NAMESPACE_FILE_BYTES = 1024;

  /** A waiter says what it waits for once it has waited this long. */
  private static final Duration QUIET_WAIT = Duration.ofSeconds(1);

  private final StoreLayout layout;
  private final Consumer<String> notices;
  private final boolean announceNewStore;
  private RecentStreams recent;
  private ClusterConfig config;
  private int lockDepth;
  private boolean stateIgnored;

  public FileImageStreamStore(Path root) {
    this(root, notice -> {});
  }

  /**
   * @param notices told (once) when a command waits for another process's lock
   */
  public FileImageStreamStore(Path root, Consumer<String> notices) {
    this(root, notices, false);
  }

  /**
   * @param notices told (once) when a command waits for another process's lock
   * @param announceNewStore whether {@code notices} is told where a new store folder was made (the
   *     default store, which the user did not name)
   */
  public FileImageStreamStore(Path root, Consumer<String> notices, boolean announceNewStore) {
    this.layout = new StoreLayout(root);
    this.notices = notices;
    this.announceNewStore = announceNewStore;
  }

  public StoreLayout layout() {
    return layout;
  }

  @Override
  public Optional<ImageStream> find(String namespace, String name) {
    Path file = layout.streamFile(namespace, name);
    if (recent == null) {
      return readStream(file, namespace, name);
    }
    BasicFileAttributes seen = attributes(file);
    ImageStream unchanged = recent.unchanged(file, seen);
    if (unchanged != null) {
      return Optional.of(unchanged);
    }
    long readAt = System.currentTimeMillis();
    Optional<ImageStream> stream = readStream(file, namespace, name);
    if (stream.isPresent()) {
      recent.remember(file, seen, readAt, stream.get());
    }
    return stream;
  }

  /**
   * The stream in {@code file}, checked against the names it is stored under. No lambda: every
   * resolve reads a stream, and a lambda costs its linking at every start (issue 15).
   */
  private Optional<ImageStream> readStream(Path file, String namespace, String name) {
    Optional<ImageStream> found = readResource(file, STREAM_READER);
    return found.isPresent()
        ? Optional.of(checked(file, found.get(), namespace, name))
        : Optional.empty();
  }

  private static final Function<JsonNode, ImageStream> STREAM_READER =
      new Function<>() {
        @Override
        public ImageStream apply(JsonNode node) {
          return ImageStreamTree.read(node);
        }
      };

  /**
   * From now on, a stream read again whose file has not changed is not parsed again ({@link
   * RecentStreams}): for commands that read many streams and write them under the lock later, as
   * {@code sync} does. Off by default, so a command that reads a stream once pays nothing for it.
   */
  public FileImageStreamStore rememberingReads() {
    if (recent == null) {
      recent = new RecentStreams();
    }
    return this;
  }

  /** The file's attributes as it is now, not through a link; null when it cannot be told. */
  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * The resource in a file, read by {@code reader}; empty when there is no file.
   *
   * @throws StoreException naming the file when it cannot be read or is not that resource
   */
  private static <T> Optional<T> readResource(Path file, Function<JsonNode, T> reader) {
    byte[] bytes;
    try {
      bytes = readFile(file, KubeYaml.MAX_INPUT_BYTES, Links.REFUSE);
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
  public boolean locked() {
    return lockDepth > 0;
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
      createRoot();
      createDirectory(layout.stateDir());
      if (!stateIgnored) {
        writeStateIgnore();
        stateIgnored = true; // once per command: a sync takes the lock once per stream it changes
      }
      // Never through a link: a dangling one would make isctl create its target anywhere.
      try (FileChannel channel =
              FileChannel.open(
                  lockFile,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS);
          FileLock lock = acquire(channel, lockFile)) {
        announceHolder(channel);
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

  /**
   * The lock, waiting as long as it takes; after {@link #QUIET_WAIT} the user is told once which
   * process holds it and since when, so a wait is never silent.
   */
  private FileLock acquire(FileChannel channel, Path lockFile) throws IOException {
    FileLock lock = channel.tryLock();
    long deadline = System.nanoTime() + QUIET_WAIT.toNanos();
    while (lock == null && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException(lockFile + ": interrupted while waiting for the store lock");
      }
      lock = channel.tryLock();
    }
    if (lock != null) {
      return lock;
    }
    notices.accept("waiting for the store lock " + lockFile + ", " + holder(channel));
    return channel.lock();
  }

  /** What the holder wrote into the lock file: its process id and since when it holds the lock. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(128);
    channel.read(buffer, 0);
    String[] fields =
        new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip().split(" ");
    if (fields.length == 2
        && fields[0].matches("\\d{1,10}")
        && fields[1].matches("[0-9TZ:.-]{1,40}")) {
      return "held by process " + fields[0] + " since " + fields[1];
    }
    return "held by another process";
  }

  /** Tells later waiters who holds the lock: {@code <pid> <since>}. */
  private static void announceHolder(FileChannel channel) throws IOException {
    byte[] line =
        (processId() + " " + GoRfc3339.utcSeconds(Instant.now()) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(line), 0);
  }

  /**
   * This process's id: on Linux the name {@code /proc/self} links to, which costs a short command
   * less than {@link ProcessHandle}'s set-up; elsewhere from ProcessHandle.
   */
  private static String processId() {
    try {
      String self = Files.readSymbolicLink(Path.of("/proc/self")).toString();
      if (self.matches("\\d{1,10}")) {
        return self;
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not Linux
    }
    return Long.toString(ProcessHandle.current().pid());
  }

  /** Keeps isctl's own state (lock, current namespace, caches) out of the user's git history. */
  private void writeStateIgnore() throws IOException {
    Path ignore = layout.stateDir().resolve(".gitignore");
    byte[] everything = "*\n".getBytes(StandardCharsets.UTF_8);
    // Stores made by earlier versions ignored only the lock.
    byte[] current;
    try {
      current = readFile(ignore, everything.length + 16, Links.REFUSE);
    } catch (NoSuchFileException e) {
      current = null;
    }
    if (current == null || new String(current, StandardCharsets.UTF_8).equals("lock\n")) {
      write(ignore, everything);
    }
  }

  @Override
  public void save(ImageStream stream) {
    Path file = layout.streamFile(stream.namespace(), stream.name());
    byte[] bytes = checkSave(stream).getBytes(StandardCharsets.UTF_8);
    try {
      deleteLeftovers(file.getParent());
      write(file, bytes);
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
    refuseLinkedImageFolders(file);
    Optional<Image> image = readResource(file, ImageTree::read);
    if (image.isPresent() && !image.get().name().equals(name)) {
      throw new StoreException(
          file + ": metadata.name \"" + image.get().name() + "\" does not match the file name");
    }
    return image;
  }

  @Override
  public boolean hasImage(String name) {
    if (!Digests.isValid(name)) {
      return false;
    }
    Path file = layout.imageFile(name);
    refuseLinkedImageFolders(file);
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * What {@link #save} would write, after every check it makes (the names, the size a reader
   * accepts): a dry run's save fails where a real one would, and writes nothing.
   */
  String checkSave(ImageStream stream) {
    Path file = layout.streamFile(stream.namespace(), stream.name());
    String yaml = KubeYaml.write(ImageStreamTree.write(stream));
    refuseUnreadable(file, yaml, "stream");
    return yaml;
  }

  /** What {@link #saveImage} would write, after its checks; see {@link #checkSave}. */
  String checkSaveImage(Image image) {
    Path file = layout.imageFile(image.name());
    String yaml = KubeYaml.write(ImageTree.write(image));
    refuseUnreadable(file, yaml, "image");
    return yaml;
  }

  @Override
  public void saveImage(Image image) {
    Path file = layout.imageFile(image.name());
    if (hasImage(image.name())) {
      return;
    }
    String yaml = checkSaveImage(image);
    try {
      createDirectory(file.getParent());
      deleteLeftovers(file.getParent());
      write(file, yaml.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean delete(String namespace, String name) {
    Path file = layout.streamFile(namespace, name);
    // Only a stream file goes: a link, or a file that is no stream of this name (a namespace folder
    // may be a link to anywhere), is refused by reading it first.
    try {
      deleteLeftovers(file.getParent());
      if (find(namespace, name).isEmpty()) {
        return false;
      }
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
   * Refuses to write what isctl could not read back: a file over the reader's limits would be lost
   * to every later command.
   */
  private static void refuseUnreadable(Path file, String yaml, String what) {
    boolean tooManyCodePoints =
        yaml.length() > KubeYaml.MAX_CODE_POINTS
            && yaml.codePointCount(0, yaml.length()) > KubeYaml.MAX_CODE_POINTS;
    if (tooManyCodePoints || yaml.length() * 3L > KubeYaml.MAX_INPUT_BYTES) {
      if (tooManyCodePoints
          || yaml.getBytes(StandardCharsets.UTF_8).length > KubeYaml.MAX_INPUT_BYTES) {
        throw new StoreException(
            file
                + ": the "
                + what
                + " is larger than the limit of "
                + KubeYaml.MAX_CODE_POINTS
                + " code points, so it is not written");
      }
    }
  }

  /**
   * A file of the store, never through a link, bounded.
   *
   * @throws StoreException naming it when it is refused
   */
  private static byte[] readFile(Path file, long limit, Links links) throws IOException {
    try {
      return SafeFiles.read(file, limit, links);
    } catch (FileRefusedException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    try {
      AtomicFiles.write(file, bytes);
    } catch (FileRefusedException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** The store folder, made on the first write to it; the default one says where. */
  private void createRoot() throws IOException {
    Path root = layout.root();
    if (Files.isDirectory(root)) {
      return;
    }
    createDirectory(root);
    if (announceNewStore) {
      notices.accept("created a new store in " + root.toAbsolutePath());
    }
  }

  private static void createDirectory(Path dir) throws IOException {
    refuseLink(dir);
    Files.createDirectories(dir);
  }

  /** isctl's own folders are never reached through a link, so nothing it writes lands elsewhere. */
  private static void refuseLink(Path path) {
    try {
      SafeFiles.refuseLink(path);
    } catch (FileRefusedException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** The Images folder and its algorithm folders are isctl's own: never reached through a link. */
  private void refuseLinkedImageFolders(Path imageFile) {
    refuseLink(layout.root().resolve(StoreLayout.IMAGES_DIR));
    refuseLink(imageFile.getParent());
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
    try {
      List<JsonNode> documents =
          KubeYaml.readAll(readFile(file, KubeYaml.MAX_INPUT_BYTES, Links.REFUSE), file.toString());
      return ClusterConfigTree.read(documents);
    } catch (NoSuchFileException e) {
      return ClusterConfig.DEFAULT;
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
      refuseLink(layout.stateDir());
      String value =
          new String(readFile(file, MAX_NAMESPACE_FILE_BYTES, Links.REFUSE), StandardCharsets.UTF_8)
              .trim();
      if (value.isEmpty()) {
        return Optional.empty();
      }
      StreamNames.validateNamespace(value)
          .ifPresent(
              problem -> {
                // Not quoted: the file may hold anything (a token someone linked it to).
                throw new StoreException(file + ": invalid namespace: " + problem);
              });
      return Optional.of(value);
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
      createRoot();
      createDirectory(layout.stateDir());
      write(file, (namespace + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}
