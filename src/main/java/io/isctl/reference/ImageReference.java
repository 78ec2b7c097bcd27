package io.isctl.reference;

import io.isctl.go.GoStrings;
import java.util.Objects;
import java.util.Optional;

/**
 * A container image reference split the way library-go's {@code DockerImageReference} splits it.
 *
 * <p>Components are never null ("" when absent). {@link #parse} applies no defaults: {@code mysql}
 * stays {@code {name: mysql}}; use {@link #dockerClientDefaults()} for what a Docker client
 * assumes.
 *
 * @param registry host and optional port, e.g. {@code quay.io} or {@code localhost:5000}
 * @param namespace the first path segment when the path has more than one
 * @param name the rest of the path, which may itself hold '/' ({@code a/b/c} has name {@code b/c})
 * @param tag the tag, without ':'
 * @param id a digest ({@code sha256:...}) or, from legacy v1 data, an image id used like a tag
 */
public record ImageReference(
    String registry, String namespace, String name, String tag, String id) {
  /** The registry a Docker client uses when none is given. */
  public static final String DOCKER_DEFAULT_REGISTRY = "docker.io";

  /** The Docker Hub v1 host name. */
  public static final String DOCKER_V1_REGISTRY = "index.docker.io";

  /** The Docker Hub v2 host name. */
  public static final String DOCKER_V2_REGISTRY = "registry-1.docker.io";

  /** The namespace Docker Hub puts single-segment names in. */
  public static final String DOCKER_DEFAULT_NAMESPACE = "library";

  /** The tag a Docker client uses when none is given. */
  public static final String DEFAULT_TAG = "latest";

  /** The longest name, registry included, that the grammar accepts. */
  public static final int MAX_NAME_LENGTH = 255;

  /** Replaces null components with "". */
  public ImageReference {
    registry = Objects.requireNonNullElse(registry, "");
    namespace = Objects.requireNonNullElse(namespace, "");
    name = Objects.requireNonNullElse(name, "");
    tag = Objects.requireNonNullElse(tag, "");
    id = Objects.requireNonNullElse(id, "");
  }

  /**
   * Parses a pull spec exactly as library-go's {@code reference.Parse} does.
   *
   * @throws InvalidReferenceException with library-go's message when {@code spec} is not a
   *     reference
   */
  public static ImageReference parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    // No lambdas on this path: every resolve parses references, and a lambda costs its linking at
    // every start (issue 15).
    Optional<ReferenceGrammar.Match> matched = ReferenceGrammar.match(spec);
    if (matched.isEmpty()) {
      throw grammarError(spec);
    }
    ReferenceGrammar.Match match = matched.get();
    if (match.name().length() > MAX_NAME_LENGTH) {
      throw new InvalidReferenceException(InvalidReferenceException.NAME_TOO_LONG);
    }
    if (!match.digest().isEmpty()) {
      Optional<String> problem = Digests.validate(match.digest());
      if (problem.isPresent()) {
        throw new InvalidReferenceException(problem.get());
      }
    }
    return split(spec, match);
  }

  private static InvalidReferenceException grammarError(String spec) {
    if (spec.isEmpty()) {
      return new InvalidReferenceException(InvalidReferenceException.NAME_EMPTY);
    }
    if (ReferenceGrammar.match(GoStrings.toLower(spec)).isPresent()) {
      return new InvalidReferenceException(InvalidReferenceException.NAME_CONTAINS_UPPERCASE);
    }
    return new InvalidReferenceException(InvalidReferenceException.INVALID_FORMAT);
  }

  // library-go decides from the matched name alone whether its first segment is a registry.
  private static ImageReference split(String spec, ReferenceGrammar.Match match) {
    String fullName = match.name();
    int slash = fullName.indexOf('/');
    if (slash < 0 && (fullName.contains(".") || fullName.startsWith("localhost"))) {
      // Registry only: the whole spec, re-serialised, is the registry (so "localhost:5000" keeps
      // its ":5000", which the grammar read as a tag); the tag is dropped but a digest is kept.
      return new ImageReference(spec, "", "", "", match.digest());
    }
    String registry = "";
    String path = fullName;
    if (slash >= 0 && looksLikeRegistry(fullName.substring(0, slash))) {
      registry = fullName.substring(0, slash);
      path = fullName.substring(slash + 1);
    }
    String namespace = "";
    int pathSlash = path.indexOf('/');
    if (pathSlash >= 0) {
      namespace = path.substring(0, pathSlash);
      path = path.substring(pathSlash + 1);
    }
    return new ImageReference(registry, namespace, path, match.tag(), match.digest());
  }

  private static boolean looksLikeRegistry(String firstSegment) {
    return firstSegment.contains(":")
        || firstSegment.contains(".")
        || firstSegment.equals("localhost");
  }

  /** Returns whether {@code registry} is one of Docker Hub's names (an empty registry is not). */
  public static boolean isDockerHub(String registry) {
    return DOCKER_DEFAULT_REGISTRY.equals(registry)
        || DOCKER_V1_REGISTRY.equals(registry)
        || DOCKER_V2_REGISTRY.equals(registry);
  }

  /** Returns whether the id is a valid digest (rather than empty or a legacy v1 id). */
  public boolean hasDigest() {
    return !id.isEmpty() && Digests.isValid(id);
  }

  /**
   * Returns the name with {@code @digest}, {@code :legacy-id} or {@code :tag}; the id wins over the
   * tag.
   */
  public String nameString() {
    if (name.isEmpty()) {
      return "";
    }
    if (!id.isEmpty()) {
      return name + (hasDigest() ? "@" : ":") + id;
    }
    return tag.isEmpty() ? name : name + ":" + tag;
  }

  /**
   * Returns {@code [registry/][namespace/]nameString} with no defaults; "" when there is no name.
   */
  public String exact() {
    String nameString = nameString();
    if (nameString.isEmpty()) {
      // Hence a registry-only reference such as "quay.io" serialises to "".
      return "";
    }
    StringBuilder out = new StringBuilder();
    if (!registry.isEmpty()) {
      out.append(registry).append('/');
    }
    if (!namespace.isEmpty()) {
      out.append(namespace).append('/');
    }
    return out.append(nameString).toString();
  }

  /** Returns the pull spec like {@link #exact()}, adding {@code library/} to Docker Hub names. */
  @Override
  public String toString() {
    if (namespace.isEmpty() && isDockerHub(registry)) {
      return withNamespace(DOCKER_DEFAULT_NAMESPACE).exact();
    }
    return exact();
  }

  /**
   * Fills in what a Docker client assumes: registry docker.io, namespace library on Docker Hub, tag
   * latest.
   */
  public ImageReference dockerClientDefaults() {
    String defaultedRegistry = registry.isEmpty() ? DOCKER_DEFAULT_REGISTRY : registry;
    String defaultedNamespace =
        namespace.isEmpty() && isDockerHub(defaultedRegistry)
            ? DOCKER_DEFAULT_NAMESPACE
            : namespace;
    // The tag is defaulted even when an id is present, as library-go does.
    String defaultedTag = tag.isEmpty() ? DEFAULT_TAG : tag;
    return new ImageReference(defaultedRegistry, defaultedNamespace, name, defaultedTag, id);
  }

  /**
   * Returns whether both references are the same once Docker client defaults are applied
   * (library-go {@code Equal}).
   */
  public boolean equalsIgnoringDefaults(ImageReference other) {
    return dockerClientDefaults().equals(other.dockerClientDefaults());
  }

  /** Prefers the id: a digest clears the tag; a legacy id with no tag becomes the tag. */
  public ImageReference mostSpecific() {
    if (id.isEmpty()) {
      return this;
    }
    if (hasDigest()) {
      return withTag("");
    }
    if (tag.isEmpty()) {
      return new ImageReference(registry, namespace, name, id, "");
    }
    return this;
  }

  /** Returns the reference without tag and id. */
  public ImageReference asRepository() {
    return new ImageReference(registry, namespace, name, "", "");
  }

  /** Returns {@code [namespace/]name}, the repository path inside its registry. */
  public String repositoryName() {
    return new ImageReference("", namespace, name, "", "").exact();
  }

  /** Maps docker.io and index.docker.io to the v2 API host registry-1.docker.io. */
  public ImageReference asV2() {
    if (DOCKER_DEFAULT_REGISTRY.equals(registry) || DOCKER_V1_REGISTRY.equals(registry)) {
      return withRegistry(DOCKER_V2_REGISTRY);
    }
    return this;
  }

  /**
   * Returns the {@code host:port} to contact: the v2 host, docker.io when empty, port 443 (80 when
   * insecure) unless the registry names one; ":" where Go's {@code net.SplitHostPort} fails.
   */
  public String registryHostPort(boolean insecure) {
    String host = asV2().dockerClientDefaults().registry();
    if (host.contains(":")) {
      return HostPort.normalise(host);
    }
    return host + ":" + (insecure ? "80" : "443");
  }

  /** Returns the reference without the tag when it is {@code latest}. */
  public ImageReference minimal() {
    return DEFAULT_TAG.equals(tag) ? withTag("") : this;
  }

  /**
   * Drops what the Docker daemon assumes: the Docker Hub host, the {@code library} namespace and
   * tag latest.
   */
  public ImageReference daemonMinimal() {
    ImageReference out = this;
    if (DOCKER_V1_REGISTRY.equals(registry) || DOCKER_V2_REGISTRY.equals(registry)) {
      out = out.withRegistry(DOCKER_DEFAULT_REGISTRY);
    }
    if (isDockerHub(out.registry) && DOCKER_DEFAULT_NAMESPACE.equals(out.namespace)) {
      out = out.withNamespace("");
    }
    return out.minimal();
  }

  /** Returns a copy with another registry. */
  public ImageReference withRegistry(String newRegistry) {
    return new ImageReference(newRegistry, namespace, name, tag, id);
  }

  /** Returns a copy with another namespace. */
  public ImageReference withNamespace(String newNamespace) {
    return new ImageReference(registry, newNamespace, name, tag, id);
  }

  /** Returns a copy with another name. */
  public ImageReference withName(String newName) {
    return new ImageReference(registry, namespace, newName, tag, id);
  }

  /** Returns a copy with another tag. */
  public ImageReference withTag(String newTag) {
    return new ImageReference(registry, namespace, name, newTag, id);
  }

  /** Returns a copy with another id. */
  public ImageReference withId(String newId) {
    return new ImageReference(registry, namespace, name, tag, newId);
  }
}
