package io.isctl.store;

import io.isctl.reference.StreamNames;
import java.nio.file.Path;

/**
 * Where each thing lives in a store folder: {@code <ns>/<name>.yaml}, {@code config.yaml}, and isctl's own
 * state under {@code .isctl/}. Names are validated as the API server does before they become paths, so no
 * name can reach outside the folder.
 */
public final class StoreLayout {
  static final String SUFFIX = ".yaml";
  private final Path root;

  public StoreLayout(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * The file of one stream.
   *
   * @throws InvalidNameException when the namespace or name is not one the API server accepts
   */
  public Path streamFile(String namespace, String name) {
    return namespaceDir(namespace).resolve(checkedName(name) + SUFFIX);
  }

  public Path namespaceDir(String namespace) {
    StreamNames.validateNamespace(namespace).ifPresent(msg -> {
      throw new InvalidNameException("invalid namespace \"" + namespace + "\": " + msg);
    });
    return root.resolve(namespace);
  }

  public Path configFile() {
    return root.resolve("config.yaml");
  }

  public Path stateDir() {
    return root.resolve(".isctl");
  }

  public Path lockFile() {
    return stateDir().resolve("lock");
  }

  public Path currentNamespaceFile() {
    return stateDir().resolve("namespace");
  }

  /** Which child of a manifest list a Legacy import chose, so an unchanged list costs one HEAD. */
  public Path manifestListChoicesFile() {
    return stateDir().resolve("manifest-lists");
  }

  /** Whether a folder entry is a stream file (temporary and hidden files are not). */
  static boolean isStreamFile(String fileName) {
    return fileName.endsWith(SUFFIX) && !fileName.startsWith(".");
  }

  private static String checkedName(String name) {
    StreamNames.validateStreamName(name).ifPresent(msg -> {
      throw new InvalidNameException("invalid image stream name \"" + name + "\": " + msg);
    });
    return name;
  }
}
