package io.isctl.registry;

import io.isctl.files.AtomicFiles;
import io.isctl.files.FileRefusedException;
import io.isctl.files.SafeFiles;
import io.isctl.files.SafeFiles.Links;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The insecure registries that HTTPS-first found speaking plain HTTP, so that the next run asks
 * them over HTTP at once instead of setting up TLS for a handshake that fails. OpenShift's importer
 * learns it afresh on every import; isctl remembers it per store, in {@code .isctl/plain-http} (one
 * registry a line). It is only ever consulted for a registry marked insecure in the run that reads
 * it, and only as a first guess: when that registry does not answer HTTP as a registry would, it is
 * forgotten and asked in HTTPS-first order again. An unreadable file is ignored and rewritten.
 */
public final class PlainHttpMemory {
  /** More registries than any store reaches; the file stays small. */
  static final int MAX_ENTRIES = 1024;

  private static final long MAX_FILE_BYTES = MAX_ENTRIES * 300L;

  /** A registry as image references name it: host[:port], IPv6 in brackets. */
  private static final Pattern REGISTRY = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]{1,255}");

  private final Path file;
  private final boolean writable;
  private final Consumer<String> warnings;
  private Set<String> registries;

  private PlainHttpMemory(Path file, boolean writable, Consumer<String> warnings) {
    this.file = file;
    this.writable = writable;
    this.warnings = warnings;
  }

  /** Remembered for this process only. */
  public static PlainHttpMemory inMemory() {
    return new PlainHttpMemory(null, false, warning -> {});
  }

  /** Remembered in {@code file}; {@code warnings} hears when it cannot be read or written. */
  public static PlainHttpMemory inFile(Path file, Consumer<String> warnings) {
    return new PlainHttpMemory(file, true, warnings);
  }

  /** Read from {@code file}, and what this process learns kept in memory only (a dry run). */
  public static PlainHttpMemory readOnly(Path file, Consumer<String> warnings) {
    return new PlainHttpMemory(file, false, warnings);
  }

  /** Whether HTTPS-first last found {@code registry} speaking plain HTTP. */
  public synchronized boolean plainHttp(String registry) {
    return registries().contains(registry);
  }

  /** HTTPS-first found {@code registry} speaking plain HTTP. */
  synchronized void rememberPlainHttp(String registry) {
    if (REGISTRY.matcher(registry).matches() && !registries().contains(registry)) {
      if (!writable) {
        registries.add(registry);
        return;
      }
      // What other processes remembered meanwhile is kept: the file is read again first.
      Set<String> current = load();
      if (current.size() < MAX_ENTRIES && current.add(registry)) {
        save(current);
      }
      registries = current;
    }
  }

  /** {@code registry} no longer answers plain HTTP as remembered. */
  synchronized void forget(String registry) {
    if (registries().contains(registry)) {
      if (!writable) {
        registries.remove(registry);
        return;
      }
      Set<String> current = load();
      if (current.remove(registry)) {
        save(current);
      }
      current.remove(registry);
      registries = current;
    }
  }

  private Set<String> registries() {
    if (registries == null) {
      registries = load();
    }
    return registries;
  }

  /** The file's registries; in memory, a copy of those remembered. */
  private Set<String> load() {
    if (file == null) {
      return registries == null ? new TreeSet<>() : new TreeSet<>(registries);
    }
    Set<String> loaded = new TreeSet<>();
    try {
      SafeFiles.refuseLink(file.getParent());
      byte[] bytes = SafeFiles.read(file, MAX_FILE_BYTES, Links.REFUSE);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        String registry = line.trim();
        if (REGISTRY.matcher(registry).matches() && loaded.size() < MAX_ENTRIES) {
          loaded.add(registry);
        }
      }
    } catch (NoSuchFileException e) {
      // nothing remembered yet
    } catch (FileRefusedException e) {
      warnings.accept("ignoring " + e.getMessage());
    } catch (IOException e) {
      warnings.accept("ignoring unreadable " + file + ": " + e.getMessage());
    }
    return loaded;
  }

  /**
   * Written at once, atomically; a failure only costs a TLS handshake next time. Not into a store
   * that does not exist yet: the command's first write makes it (and says so, where it does).
   */
  private void save(Set<String> remembered) {
    if (!Files.isDirectory(file.getParent().getParent())) {
      return;
    }
    StringBuilder text = new StringBuilder();
    remembered.forEach(registry -> text.append(registry).append('\n'));
    try {
      SafeFiles.createDirectory(file.getParent());
      AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException | FileRefusedException e) {
      warnings.accept("cannot remember plain-HTTP registries in " + file + ": " + e.getMessage());
    }
  }
}
