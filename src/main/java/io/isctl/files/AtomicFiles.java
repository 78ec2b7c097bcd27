package io.isctl.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Whole-file writes that a crash or a concurrent reader can never observe half done, and that keep
 * the file's mode: the temporary file is created with the target's permissions (and, where the
 * process may, its owner and group) before a byte is written, so a 0600 file is never readable by
 * others, not even for a moment. A link at the target is refused rather than replaced or followed.
 */
public final class AtomicFiles {
  /**
   * Temporary files start with a dot and end so, so that listings skip them and a later run can
   * sweep them.
   */
  public static final String TEMP_SUFFIX = ".isctl-tmp";

  private AtomicFiles() {}

  /**
   * Writes {@code content} to a temporary file beside {@code target}, flushes it to disk, then
   * renames it over the target.
   *
   * @throws FileRefusedException when the target is a symbolic link or not a regular file
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    PosixFileAttributes existing = existing(target);
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (FileChannel channel = create(temp, existing)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      move(temp, target);
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Checks that {@link #write} may replace {@code target}, so that a batch of writes can fail
   * before the first one rather than half way.
   *
   * @throws FileRefusedException when the target is a symbolic link or not a regular file
   */
  public static void checkReplaceable(Path target) throws IOException {
    existing(target);
  }

  /** The target's attributes, null when there is none yet or the file system has no modes. */
  static PosixFileAttributes existing(Path target) throws IOException {
    PosixFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException | UnsupportedOperationException e) {
      return null;
    }
    if (attributes.isSymbolicLink()) {
      throw FileRefusedException.link(target);
    }
    if (!attributes.isRegularFile()) {
      throw FileRefusedException.notRegular(target);
    }
    return attributes;
  }

  /** A new, empty file that already has the target's mode, owner and group where it can. */
  static FileChannel create(Path temp, PosixFileAttributes like) throws IOException {
    Set<OpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    if (like == null) {
      return FileChannel.open(temp, options);
    }
    // Created with at most the target's permissions (the umask may take some away) ...
    FileAttribute<?> mode = PosixFilePermissions.asFileAttribute(like.permissions());
    FileChannel channel = FileChannel.open(temp, options, mode);
    try {
      // ... then given exactly them, and the owner where the process may (root), while still empty.
      Files.setPosixFilePermissions(temp, like.permissions());
      PosixFileAttributeView view =
          Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      PosixFileAttributes created = view.readAttributes();
      try {
        if (!created.owner().equals(like.owner())) {
          view.setOwner(like.owner());
        }
        if (!created.group().equals(like.group())) {
          view.setGroup(like.group());
        }
      } catch (IOException e) {
        // Only root may give a file away; the mode already keeps others out.
      }
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Deletes the temporary files a killed writer left in {@code dir}. Only safe while no other
   * writer can be working in that folder, i.e. under the store lock; the count is for tests and
   * logs.
   */
  public static int deleteLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
      for (Path leftover : leftovers) {
        if (Files.deleteIfExists(leftover)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + to + " cannot rename atomically", e);
    }
  }

  /** The rename itself must reach the disk, or a power cut could bring the old name back. */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some file systems cannot open or sync a folder; the rename is still atomic there.
    }
  }
}
