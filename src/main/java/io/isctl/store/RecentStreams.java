package io.isctl.store;

import io.isctl.model.ImageStream;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The streams a command read lately, so that reading one again (as every write does, under the
 * lock, onto the stream as it is then) costs a look at its file's attributes rather than a YAML
 * parse when the file has not changed. A file is taken as unchanged only when it is the same file
 * (every write of isctl's renames a new one into place), of the same size and modification time,
 * and was last modified well before it was read: a change made within the file system's timestamp
 * granularity of an earlier one could otherwise go unseen (git's "racily clean" files).
 */
final class RecentStreams {
  /** Enough for the streams a sync keeps between reading and recording them. */
  private static final int CAPACITY = 1024;

  /** How much older than the read a modification must be for its time to tell every later one. */
  private static final long SETTLED_MILLIS = 2_000;

  private record Seen(Object fileKey, long size, FileTime modified, ImageStream stream) {}

  private final Map<Path, Seen> seen =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Seen> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The stream read from {@code file} before, when the file is as it was then; else null. */
  synchronized ImageStream unchanged(Path file, BasicFileAttributes now) {
    Seen before = seen.get(file);
    if (before == null || now == null || now.fileKey() == null) {
      return null;
    }
    boolean same =
        before.fileKey.equals(now.fileKey())
            && before.size == now.size()
            && before.modified.equals(now.lastModifiedTime());
    if (!same) {
      seen.remove(file);
      return null;
    }
    return before.stream;
  }

  /**
   * Remembers what {@code file} held when its attributes were {@code attributes}, read at {@code
   * readAt} (epoch milliseconds), unless it was modified too shortly before.
   */
  synchronized void remember(
      Path file, BasicFileAttributes attributes, long readAt, ImageStream stream) {
    if (attributes == null
        || attributes.fileKey() == null
        || attributes.lastModifiedTime().toMillis() > readAt - SETTLED_MILLIS) {
      seen.remove(file);
      return;
    }
    seen.put(
        file,
        new Seen(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime(), stream));
  }
}
