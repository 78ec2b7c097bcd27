package io.isctl.cli;

import io.isctl.importer.RegistryImporter;
import io.isctl.model.ClusterConfig;
import io.isctl.ops.ImageApi;
import io.isctl.ops.ImageImporter;
import io.isctl.store.FileImageStreamStore;
import io.isctl.registry.OkHttpRegistryClient;
import io.isctl.registry.RegistryClientSettings;
import io.isctl.registry.RequestObserver;
import io.isctl.registry.auth.AuthFileCredentialStore;
import io.isctl.registry.auth.AuthFileLocations;
import io.isctl.store.ImageStreamStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What one command invocation works with: the global options merged along the command chain, the store,
 * the namespace, and the image API over them. Built lazily so commands that need no store never read one.
 */
public final class Session {
  private final Environment environment;
  private final Path storePath;
  private final String namespaceOption;
  private final boolean offline;
  private final Path registryConfig;
  private final int loglevel;
  private final PrintWriter err;
  private ImageStreamStore store;
  private ImageApi api;

  private Session(Environment environment, Path storePath, String namespace, boolean offline, Path registryConfig,
      int loglevel, PrintWriter err) {
    this.environment = environment;
    this.err = err;
    this.storePath = storePath;
    this.namespaceOption = namespace;
    this.offline = offline;
    this.registryConfig = registryConfig;
    this.loglevel = loglevel;
  }

  /** Merges the global options typed on {@code spec}'s command and its parents; the innermost wins. */
  static Session of(CommandSpec spec, Environment environment) {
    Path store = null;
    String namespace = null;
    Boolean offline = null;
    Integer loglevel = null;
    Path registryConfig = null;
    for (CommandSpec current = spec; current != null; current = current.parent()) {
      for (Object mixin : current.mixins().values().stream().map(CommandSpec::userObject).toList()) {
        if (mixin instanceof GlobalOptions options) {
          store = store != null ? store : options.store;
          namespace = namespace != null ? namespace : options.namespace;
          offline = offline != null ? offline : options.offline;
          loglevel = loglevel != null ? loglevel : options.loglevel;
          registryConfig = registryConfig != null ? registryConfig : options.registryConfig;
        }
      }
    }
    if (store == null) {
      String fromEnv = environment.variable("ISCTL_STORE");
      store = environment.cwd().resolve(fromEnv == null || fromEnv.isEmpty() ? "imagestreams" : fromEnv);
    } else {
      store = environment.cwd().resolve(store);
    }
    Path credentials = registryConfig == null ? null : environment.cwd().resolve(registryConfig);
    return new Session(environment, store, namespace, offline != null && offline, credentials,
        loglevel == null ? 0 : loglevel, spec.commandLine().getErr());
  }

  public ImageStreamStore store() {
    if (store == null) {
      store = new FileImageStreamStore(storePath);
    }
    return store;
  }

  public Path storePath() {
    return storePath;
  }

  /** -n, else $ISCTL_NAMESPACE, else the store's current project, else {@code default}. */
  public String namespace() {
    if (namespaceOption != null && !namespaceOption.isEmpty()) {
      return namespaceOption;
    }
    String fromEnv = environment.variable("ISCTL_NAMESPACE");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    return store().currentNamespace().orElse("default");
  }

  public boolean namespaceGiven() {
    return namespaceOption != null && !namespaceOption.isEmpty();
  }

  /** The image API; {@code warnings} receives one-line registry warnings (credential helpers, fallbacks). */
  public ImageApi api(Consumer<String> warnings) {
    if (api == null) {
      api = new ImageApi(store(), environment.clock(), importer(warnings));
    }
    return api;
  }

  public ImageApi api() {
    return api(warning -> { });
  }

  /** Registries are reached only when needed, and never with --offline. */
  private ImageImporter importer(Consumer<String> warnings) {
    if (offline) {
      return ImageImporter.OFFLINE;
    }
    ClusterConfig config = store().config();
    AuthFileLocations locations = new AuthFileLocations(Optional.ofNullable(registryConfig),
        environment.variables(), environment.home());
    RegistryClientSettings settings = RegistryClientSettings.defaults()
        .withCredentials(new AuthFileCredentialStore(locations, warnings))
        .withWarnings(warnings)
        .withObserver(loglevel >= HttpTrace.LOGLEVEL ? new HttpTrace(err) : RequestObserver.none());
    return new RegistryImporter(config, insecure -> OkHttpRegistryClient.create(settings.withInsecureRegistries(insecure)));
  }

  public boolean offline() {
    return offline;
  }

  public int loglevel() {
    return loglevel;
  }

  public Clock clock() {
    return environment.clock();
  }

  /** The process environment, injectable for tests and the shell. */
  public record Environment(Map<String, String> variables, Path cwd, Clock clock) {
    public static Environment system() {
      return new Environment(System.getenv(), Path.of("").toAbsolutePath(), Clock.systemUTC());
    }

    /** The user's home: $HOME, as docker and podman read it. */
    public Path home() {
      String home = variables.get("HOME");
      return Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home);
    }

    public String variable(String name) {
      return variables.get(name);
    }
  }

  /** The session of the command being run. */
  static Session current(CommandLine.Model.CommandSpec spec) {
    RootCommand root = (RootCommand) spec.root().userObject();
    return of(spec, root.environment());
  }
}
