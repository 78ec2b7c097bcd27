package io.isctl.cli;

import io.isctl.ops.ImageApi;
import io.isctl.ops.ImageImporter;
import io.isctl.store.FileImageStreamStore;
import io.isctl.store.ImageStreamStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
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
  private final int loglevel;
  private ImageStreamStore store;
  private ImageApi api;

  private Session(Environment environment, Path storePath, String namespace, boolean offline, int loglevel) {
    this.environment = environment;
    this.storePath = storePath;
    this.namespaceOption = namespace;
    this.offline = offline;
    this.loglevel = loglevel;
  }

  /** Merges the global options typed on {@code spec}'s command and its parents; the innermost wins. */
  static Session of(CommandSpec spec, Environment environment) {
    Path store = null;
    String namespace = null;
    Boolean offline = null;
    Integer loglevel = null;
    for (CommandSpec current = spec; current != null; current = current.parent()) {
      for (Object mixin : current.mixins().values().stream().map(CommandSpec::userObject).toList()) {
        if (mixin instanceof GlobalOptions options) {
          store = store != null ? store : options.store;
          namespace = namespace != null ? namespace : options.namespace;
          offline = offline != null ? offline : options.offline;
          loglevel = loglevel != null ? loglevel : options.loglevel;
        }
      }
    }
    return new Session(environment, storePath(environment, store), namespace, offline != null && offline,
        loglevel == null ? 0 : loglevel);
  }

  private static Path storePath(Environment environment, Path option) {
    if (option != null) {
      return environment.cwd().resolve(option);
    }
    String fromEnv = environment.variable("ISCTL_STORE");
    return environment.cwd().resolve(fromEnv == null || fromEnv.isEmpty() ? "imagestreams" : fromEnv);
  }

  /** This session with the {@code --store} and {@code -n} typed on a line being completed, where given. */
  Session withLine(String storeOption, String namespace) {
    Path store = storeOption == null ? storePath : environment.cwd().resolve(storeOption);
    return new Session(environment, store, namespace == null ? namespaceOption : namespace, offline, loglevel);
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

  public ImageApi api() {
    if (api == null) {
      api = new ImageApi(store(), environment.clock(), importer());
    }
    return api;
  }

  /** No registry client yet: every import is left pending. */
  private ImageImporter importer() {
    return ImageImporter.OFFLINE;
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

  /**
   * The process environment, injectable for tests and the shell.
   *
   * @param stderrTerminal whether stderr is a terminal, where {@link Progress} may draw (false in tests)
   */
  public record Environment(Map<String, String> variables, Path cwd, Clock clock, boolean stderrTerminal) {
    public Environment(Map<String, String> variables, Path cwd, Clock clock) {
      this(variables, cwd, clock, false);
    }

    public static Environment system() {
      return new Environment(System.getenv(), Path.of("").toAbsolutePath(), Clock.systemUTC(),
          Progress.isTerminal(Path.of("/proc/self/fd/2")));
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
