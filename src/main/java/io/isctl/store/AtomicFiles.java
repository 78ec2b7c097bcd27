package io.isctl.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Whole-file writes that a crash or a concurrent reader can never observe half done. */
public final class AtomicFiles {
  /**
   * Temporary files start with a dot and end so, so that listings skip them and a later run can
   * sweep them.
   */
  static final String TEMP_SUFFIX = ".isctl-tmp";

  private AtomicFiles() {}

  /**
   * Writes {@code content} to a temporary file beside {@code target}, flushes it to disk, then
   * renames it over the target.
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
   * Deletes the temporary files a killed writer left in {@code dir}. Only safe while no other
   * writer can be working in that folder, i.e. under the store lock; the count is for tests and
   * logs.
   */
  static int deleteLeftovers(Path dir) throws IOException {
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
