package io.isctl.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Reads that a hostile file cannot turn into a leak, a hang or an exhausted heap. Every read has a
 * size limit, checked before reading (a sparse or huge file costs nothing) and while reading (a
 * device or a growing file); only regular files are read (a FIFO would block forever). Where links
 * are not followed, the file is opened with {@code O_NOFOLLOW}, so no check-then-open race lets a
 * link in.
 */
public final class SafeFiles {
  private SafeFiles() {}

  /** Whether symbolic links on the way to a file are followed. */
  public enum Links {
    /** The user named the path: it goes wherever they pointed it. */
    FOLLOW,
    /** A file of a folder isctl reads on its own (a store, a folder of manifests): never a link. */
    REFUSE
  }

  /**
   * The bytes of {@code file}, at most {@code limit} of them.
   *
   * @throws NoSuchFileException when there is no file (a dangling link included)
   * @throws FileRefusedException when it is a folder, a link that is not followed, not a regular
   *     file where links are not followed, or larger than the limit
   */
  public static byte[] read(Path file, long limit, Links links) throws IOException {
    LinkOption[] options = options(links);
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, options);
    if (attributes.isSymbolicLink()) {
      throw FileRefusedException.link(file);
    }
    // A file the user named may be a pipe or a device (resolve -f <(kustomize build)); a store's
    // files are regular or refused, so a FIFO planted there cannot make isctl wait forever.
    if (attributes.isDirectory() || (links == Links.REFUSE && !attributes.isRegularFile())) {
      throw FileRefusedException.notRegular(file);
    }
    if (attributes.size() > limit) {
      throw FileRefusedException.tooLarge(file, limit);
    }
    Set<java.nio.file.OpenOption> open =
        links == Links.REFUSE
            ? Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)
            : Set.of(StandardOpenOption.READ);
    try (SeekableByteChannel channel = Files.newByteChannel(file, open)) {
      return read(Channels.newInputStream(channel), limit, file.toString());
    } catch (IOException e) {
      if (links == Links.REFUSE && Files.isSymbolicLink(file)) {
        throw FileRefusedException.link(file); // swapped in since the check: O_NOFOLLOW refused it
      }
      throw e;
    }
  }

  /**
   * At most {@code limit} bytes of {@code in} (standard input, a pipe, a device).
   *
   * @param name the input's name in the message
   * @throws FileRefusedException when there are more
   */
  public static byte[] read(InputStream in, long limit, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw FileRefusedException.tooLarge(name, limit);
    }
    return bytes;
  }

  /**
   * Refuses {@code path} when it is a symbolic link: isctl's own folders (state, Images) are never
   * reached through one, so nothing it writes there lands elsewhere.
   */
  public static void refuseLink(Path path) {
    if (Files.isSymbolicLink(path)) {
      throw FileRefusedException.link(path);
    }
  }

  /** Creates the folder {@code dir} (its parents too) unless it exists; a link there is refused. */
  public static void createDirectory(Path dir) throws IOException {
    refuseLink(dir);
    Files.createDirectories(dir);
  }

  static LinkOption[] options(Links links) {
    return links == Links.REFUSE ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
  }
}
