package io.isctl.importer;

import io.isctl.files.AtomicFiles;
import io.isctl.files.FileRefusedException;
import io.isctl.files.SafeFiles;
import io.isctl.files.SafeFiles.Links;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The child a Legacy import chose from a manifest list, per list digest and preferred platform. A
 * registry's HEAD answers a tag with the list's digest while the stream records the child's; with
 * this memory an unchanged list costs one HEAD instead of a HEAD and two GETs. Kept in a small text
 * file under the store's {@code .isctl/} folder (one {@code <list> <os>/<arch> <child>} line per
 * choice: those of earlier runs in their order, then this run's sorted, so that the file does not
 * depend on the order in which answers arrived); it is only a cache, so an unreadable file is
 * ignored and rebuilt.
 */
public final class ManifestListChoices {
  /** Enough for every list of a large store; the oldest choices go first. */
  static final int MAX_ENTRIES = 4096;

  /** Two digests and a platform a line: what MAX_ENTRIES lines take, with room to spare. */
  private static final long MAX_FILE_BYTES = MAX_ENTRIES * 256L;

  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern PLATFORM =
      Pattern.compile("[a-z0-9_.-]+/[a-z0-9_.-]+(/[a-z0-9_.-]+)?");

  private final Path file;
  private final boolean writable;
  private final Consumer<String> warnings;

  /** The choices of earlier runs, oldest first. */
  private Map<String, String> loaded;

  /** The choices of this run, by key. */
  private final Map<String, String> added = new TreeMap<>();

  private boolean dirty;

  private ManifestListChoices(Path file, boolean writable, Consumer<String> warnings) {
    this.file = file;
    this.writable = writable;
    this.warnings = warnings;
  }

  /** Choices remembered for this process only. */
  public static ManifestListChoices inMemory() {
    return new ManifestListChoices(null, false, warning -> {});
  }

  /** Choices remembered in {@code file}; {@code warnings} hears when it cannot be written. */
  public static ManifestListChoices inFile(Path file, Consumer<String> warnings) {
    return new ManifestListChoices(file, true, warnings);
  }

  /** The choices of {@code file}, new ones kept for this process only (a dry run). */
  public static ManifestListChoices readOnly(Path file, Consumer<String> warnings) {
    return new ManifestListChoices(file, false, warnings);
  }

  /** The child chosen before from the list for the platform, if remembered. */
  synchronized Optional<String> child(String listDigest, String os, String architecture) {
    String key = key(listDigest, os, architecture);
    String child = added.get(key);
    return Optional.ofNullable(child != null ? child : loaded().get(key));
  }

  /** Remembers a choice; {@link #save} writes it. */
  synchronized void remember(String listDigest, String os, String architecture, String child) {
    String key = key(listDigest, os, architecture);
    if (!DIGEST.matcher(listDigest).matches()
        || !DIGEST.matcher(child).matches()
        || !PLATFORM.matcher(os + "/" + architecture).matches()
        || child.equals(added.get(key))
        || (!added.containsKey(key) && child.equals(loaded().get(key)))) {
      return;
    }
    loaded().remove(key);
    added.put(key, child);
    while (loaded.size() + added.size() > MAX_ENTRIES) {
      // The oldest go first; among this run's, the first by key, whatever order they came in.
      Map<String, String> from = loaded.isEmpty() ? added : loaded;
      from.remove(from.keySet().iterator().next());
    }
    dirty = true;
  }

  /**
   * Writes new choices to the file, atomically; a failure only costs requests later, so it is a
   * warning.
   */
  synchronized void save() {
    // Nor does a cache make a store: the folder is there once the import recorded something.
    if (!dirty || !writable || !Files.isDirectory(file.getParent().getParent())) {
      return;
    }
    // Earlier runs' choices first, then this run's in key order: the file does not depend on the
    // order in which the answers came.
    Map<String, String> entries = new LinkedHashMap<>(loaded());
    entries.putAll(added);
    StringBuilder text = new StringBuilder();
    entries.forEach((key, child) -> text.append(key).append(' ').append(child).append('\n'));
    try {
      SafeFiles.createDirectory(file.getParent());
      AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
      dirty = false;
    } catch (IOException | FileRefusedException e) {
      warnings.accept("cannot remember manifest list choices in " + file + ": " + e.getMessage());
    }
  }

  private Map<String, String> loaded() {
    if (loaded == null) {
      loaded = new LinkedHashMap<>();
      if (file != null) {
        load();
      }
    }
    return loaded;
  }

  private void load() {
    try {
      SafeFiles.refuseLink(file.getParent());
      byte[] bytes = SafeFiles.read(file, MAX_FILE_BYTES, Links.REFUSE);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        String[] fields = line.trim().split(" ");
        boolean valid =
            fields.length == 3
                && DIGEST.matcher(fields[0]).matches()
                && PLATFORM.matcher(fields[1]).matches()
                && DIGEST.matcher(fields[2]).matches();
        if (valid) {
          loaded.put(fields[0] + " " + fields[1], fields[2]);
        }
      }
    } catch (NoSuchFileException e) {
      // nothing remembered yet
    } catch (FileRefusedException e) {
      warnings.accept("ignoring " + e.getMessage());
    } catch (IOException e) {
      warnings.accept("ignoring unreadable " + file + ": " + e.getMessage());
    }
  }

  private static String key(String listDigest, String os, String architecture) {
    return listDigest + " " + os + "/" + architecture;
  }
}
