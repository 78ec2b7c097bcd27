package io.isctl.store;

import io.isctl.reference.Digests;
import io.isctl.reference.StreamNames;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where each thing lives in a store folder: {@code <ns>/<name>.yaml}, the cluster-scoped Images
 * under {@code images.image.openshift.io/<algorithm>/<hex>.yaml}, {@code config.yaml}, and isctl's
 * own state under {@code .isctl/}. Names are validated as the API server does before they become
 * paths, so no name can reach outside the folder.
 */
public final class StoreLayout {
  static final String SUFFIX = ".yaml";

  /** A dot can never appear in a namespace, so this folder can never be taken for one. */
  public static final String IMAGES_DIR = "images.image.openshift.io";

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
    // Plain ifs, not Optional.ifPresent with a lambda: every resolve goes through here, and a
    // lambda
    // costs its linking at every start (issue 15).
    Optional<String> problem = StreamNames.validateNamespace(namespace);
    if (problem.isPresent()) {
      throw new InvalidNameException("invalid namespace \"" + namespace + "\": " + problem.get());
    }
    return root.resolve(namespace);
  }

  /**
   * The file of one Image, named by its digest.
   *
   * @throws InvalidNameException when the name is not a valid digest
   */
  public Path imageFile(String name) {
    Optional<String> problem = Digests.validate(name);
    if (problem.isPresent()) {
      throw new InvalidNameException("invalid image name \"" + name + "\": " + problem.get());
    }
    int colon = name.indexOf(':');
    return root.resolve(IMAGES_DIR)
        .resolve(name.substring(0, colon))
        .resolve(name.substring(colon + 1) + SUFFIX);
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

  /** The insecure registries HTTPS-first found speaking plain HTTP, asked so first next time. */
  public Path plainHttpRegistriesFile() {
    return stateDir().resolve("plain-http");
  }

  /** Whether a folder entry is a stream file (temporary and hidden files are not). */
  static boolean isStreamFile(String fileName) {
    return fileName.endsWith(SUFFIX) && !fileName.startsWith(".");
  }

  private static String checkedName(String name) {
    Optional<String> problem = StreamNames.validateStreamName(name);
    if (problem.isPresent()) {
      throw new InvalidNameException(
          "invalid image stream name \"" + name + "\": " + problem.get());
    }
    return name;
  }
}
