package io.isctl.cli;

import io.isctl.base.UsageException;
import io.isctl.importer.ImageImporter;
import io.isctl.importer.IntegratedRegistryScanner;
import io.isctl.importer.ManifestListChoices;
import io.isctl.importer.PushedImages;
import io.isctl.importer.RegistryImporter;
import io.isctl.ops.DeleteOperation;
import io.isctl.ops.DryRun;
import io.isctl.ops.ImageApiServer;
import io.isctl.ops.ProgressListener;
import io.isctl.ops.ProjectOperation;
import io.isctl.ops.Shard;
import io.isctl.ops.StreamCatalog;
import io.isctl.ops.SyncOperation;
import io.isctl.registry.HttpTrace;
import io.isctl.registry.OkHttpRegistryClient;
import io.isctl.registry.PlainHttpMemory;
import io.isctl.registry.RegistryClient;
import io.isctl.registry.RegistryClientSettings;
import io.isctl.registry.RequestObserver;
import io.isctl.registry.auth.AuthFileCredentialStore;
import io.isctl.registry.auth.AuthFileLocations;
import io.isctl.registry.transport.EnvironmentProxies;
import io.isctl.store.DryRunStore;
import io.isctl.store.FileImageStreamStore;
import io.isctl.store.ImageStreamStore;
import io.isctl.store.StoreException;
import io.isctl.store.StoreLayout;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What one command invocation works with: the global options merged along the command chain, the
 * store, the namespace, and the operations over them. The composition root: the one class of the
 * command line that builds the store, the importer and the registry clients (ArchitectureTest names
 * it); commands get operations from it. Built lazily so commands that need no store never read one.
 */
public final class Session {
  private static final int TRACE_LOGLEVEL = 8;

  /** A thread and a connection each: far more than any registry serves one client at once. */
  private static final int MAX_CONCURRENCY = 256;

  private final Environment environment;
  private final Path storePath;
  private final StoreSource storeSource;
  private final String namespaceOption;
  private final boolean offline;
  private final Path registryConfig;
  private final int loglevel;
  private final PrintWriter err;
  private ImageStreamStore store;
  private FileImageStreamStore files;
  private boolean dryRun;
  private boolean announceNewStore;
  private ImageApiServer api;
  private final Map<Set<String>, RegistryClient> clients = new HashMap<>();
  private OkHttpRegistryClient registryClient;
  private int maxConcurrency = RegistryClientSettings.DEFAULT_MAX_CONCURRENCY;

  private Session(
      Environment environment,
      Path storePath,
      StoreSource storeSource,
      String namespace,
      boolean offline,
      Path registryConfig,
      int loglevel,
      PrintWriter err) {
    this.environment = environment;
    this.err = err;
    this.storePath = storePath;
    this.storeSource = storeSource;
    this.namespaceOption = namespace;
    this.offline = offline;
    this.registryConfig = registryConfig;
    this.loglevel = loglevel;
  }

  /**
   * Merges the global options typed on {@code spec}'s command and its parents; the innermost wins.
   */
  static Session of(CommandSpec spec, Environment environment) {
    List<GlobalOptions> typed = new ArrayList<>();
    for (CommandSpec current = spec; current != null; current = current.parent()) {
      for (CommandSpec mixin : current.mixins().values()) {
        if (mixin.userObject() instanceof GlobalOptions options) {
          typed.add(options);
        }
      }
    }
    return of(typed, environment, spec.commandLine().getErr());
  }

  /**
   * Merges global options, the innermost (typed after the command's name) first: the first that has
   * a value gives it.
   *
   * @throws UsageException when a --registry-config and an --authfile typed together name two files
   */
  static Session of(List<GlobalOptions> innermostFirst, Environment environment, PrintWriter err) {
    Path store = null;
    String namespace = null;
    Boolean offline = null;
    Integer loglevel = null;
    Path registryConfig = null;
    for (GlobalOptions options : innermostFirst) {
      store = store != null ? store : options.store;
      namespace = namespace != null ? namespace : options.namespace;
      offline = offline != null ? offline : options.offline;
      loglevel = loglevel != null ? loglevel : options.loglevel;
      registryConfig = registryConfig != null ? registryConfig : options.credentials();
    }
    Path credentials = registryConfig == null ? null : environment.cwd().resolve(registryConfig);
    return new Session(
        environment,
        storePath(environment, store),
        StoreSource.of(environment, store),
        namespace,
        offline != null && offline,
        credentials,
        loglevel == null ? 0 : loglevel,
        err);
  }

  private static Path storePath(Environment environment, Path option) {
    if (option != null) {
      return environment.cwd().resolve(option);
    }
    String fromEnv = environment.variable("ISCTL_STORE");
    return environment
        .cwd()
        .resolve(fromEnv == null || fromEnv.isEmpty() ? "imagestreams" : fromEnv);
  }

  /** Where the store folder was named, which decides whether a write may create it. */
  private enum StoreSource {
    OPTION("--store"),
    ENVIRONMENT("$ISCTL_STORE"),
    DEFAULT("no --store or $ISCTL_STORE, and no ./imagestreams here");

    private final String text;

    StoreSource(String text) {
      this.text = text;
    }

    static StoreSource of(Environment environment, Path option) {
      if (option != null) {
        return OPTION;
      }
      String fromEnv = environment.variable("ISCTL_STORE");
      return fromEnv == null || fromEnv.isEmpty() ? DEFAULT : ENVIRONMENT;
    }
  }

  /**
   * For a command that only reads the store (or changes what must be there already): a store folder
   * that does not exist is an error, not an empty store.
   *
   * @throws StoreException naming the folder and where its name came from
   */
  public Session reading() {
    if (!Files.isDirectory(storePath)) {
      throw missingStore("");
    }
    return this;
  }

  /**
   * For a command that writes: a dry run reads the folder and writes in memory only; a real run may
   * create a missing store where the command line named it ({@code --store}) or as the default
   * {@code ./imagestreams}, which it then says, but not one named by {@code $ISCTL_STORE}, a
   * setting that may point anywhere without the user thinking of it.
   *
   * @throws StoreException for a missing {@code $ISCTL_STORE} folder
   */
  public Session writing(DryRun mode) {
    dryRun = mode.on();
    if (!Files.isDirectory(storePath)) {
      if (Files.exists(storePath)) {
        throw missingStore("");
      }
      if (storeSource == StoreSource.ENVIRONMENT) {
        throw missingStore(
            "; isctl creates a new store only where --store names it, or as ./imagestreams");
      }
      announceNewStore = storeSource == StoreSource.DEFAULT;
    }
    return this;
  }

  private StoreException missingStore(String hint) {
    String problem = Files.exists(storePath) ? " is not a folder" : " does not exist";
    return new StoreException(
        "the store " + storePath + problem + " (" + storeSource.text + ")" + hint);
  }

  /**
   * This session with the {@code --store} and {@code -n} typed on a line being completed, where
   * given.
   */
  Session withLine(String storeOption, String namespace) {
    Path store = storeOption == null ? storePath : environment.cwd().resolve(storeOption);
    return new Session(
        environment,
        store,
        storeOption == null ? storeSource : StoreSource.OPTION,
        namespace == null ? namespaceOption : namespace,
        offline,
        registryConfig,
        loglevel,
        err);
  }

  private ImageStreamStore store() {
    if (store == null) {
      files =
          new FileImageStreamStore(storePath, new PrefixedLines("info: ", err), announceNewStore);
      store = dryRun ? new DryRunStore(files) : files;
    }
    return store;
  }

  /** {@code delete}: needs the store alone. */
  public DeleteOperation deleteOperation() {
    return new DeleteOperation(store());
  }

  /** {@code project}: needs the store alone. */
  public ProjectOperation projectOperation() {
    return new ProjectOperation(store());
  }

  /** Completion's names: read from the store alone, never through the API server. */
  public StreamCatalog catalog() {
    return new StreamCatalog(store());
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

  /**
   * The image API; {@code stderr} receives registry warnings and, at --loglevel=8, each request.
   */
  public ImageApiServer api(Consumer<String> stderr) {
    if (api == null) {
      api = new ImageApiServer(store(), environment.clock(), importer(stderr));
    }
    return api;
  }

  public ImageApiServer api() {
    return api(new Nowhere());
  }

  /** Registries are reached only when needed, and never with --offline. */
  private ImageImporter importer(Consumer<String> stderr) {
    if (offline) {
      return ImageImporter.OFFLINE;
    }
    Path choices = new StoreLayout(storePath).manifestListChoicesFile();
    // A dry run uses what earlier imports remembered, and remembers nothing itself.
    return new RegistryImporter(
        store().config(),
        registryClients(stderr),
        dryRun
            ? ManifestListChoices.readOnly(choices, warnings(stderr))
            : ManifestListChoices.inFile(choices, warnings(stderr)),
        maxConcurrency);
  }

  /**
   * {@code sync}: the API server, and the integrated registry's images (read through its mirror in
   * config.yaml; none with --offline).
   */
  public SyncOperation syncOperation(Consumer<String> stderr, ProgressListener progress) {
    return syncOperation(stderr, progress, Shard.ALL);
  }

  /** {@code sync --shard}: the pass over one part of the streams. */
  public SyncOperation syncOperation(
      Consumer<String> stderr, ProgressListener progress, Shard shard) {
    // A pass reads each stream, then records it under the lock: the second read need not parse.
    store();
    files.rememberingReads();
    warmUpRegistryClient(stderr);
    return new SyncOperation(api(stderr), pushedImages(stderr), progress, shard, maxConcurrency);
  }

  private PushedImages pushedImages(Consumer<String> stderr) {
    return offline
        ? PushedImages.NONE
        : new IntegratedRegistryScanner(store().config(), registryClients(stderr), maxConcurrency);
  }

  private static Consumer<String> warnings(Consumer<String> stderr) {
    return new Prefixed("warning: ", stderr);
  }

  /**
   * Lines passed on with a prefix. Classes, not lambdas: every command makes these, and each lambda
   * costs its linking at every start (issue 15).
   */
  private static final class Prefixed implements Consumer<String> {
    private final String prefix;
    private final Consumer<String> target;

    Prefixed(String prefix, Consumer<String> target) {
      this.prefix = prefix;
      this.target = target;
    }

    @Override
    public void accept(String line) {
      target.accept(prefix + line);
    }
  }

  /** Lines printed with a prefix. */
  private static final class PrefixedLines implements Consumer<String> {
    private final String prefix;
    private final PrintWriter out;

    PrefixedLines(String prefix, PrintWriter out) {
      this.prefix = prefix;
      this.out = out;
    }

    @Override
    public void accept(String line) {
      out.println(prefix + line);
    }
  }

  /** Lines dropped. */
  private static final class Nowhere implements Consumer<String> {
    @Override
    public void accept(String line) {}
  }

  /**
   * The most requests kept in flight to one registry ({@code --max-concurrency}); set before the
   * first operation that reaches a registry.
   */
  public Session withMaxConcurrency(int value) {
    if (value < 1 || value > MAX_CONCURRENCY) {
      throw new UsageException(
          "--max-concurrency must be between 1 and " + MAX_CONCURRENCY + ", not " + value);
    }
    maxConcurrency = value;
    return this;
  }

  /**
   * One client for the whole command, seen through one view per set of insecure registries: each
   * registry is pinged once, and its requests in flight, connections and tokens are shared. Built
   * on first use: commands that only read the store (resolve, get) never pay for the credential
   * files or OkHttp.
   */
  private Function<Set<String>, RegistryClient> registryClients(Consumer<String> stderr) {
    return new RegistryClients(stderr);
  }

  /** {@link #registryClients}: a class, since a resolve makes one and need not link a lambda. */
  private final class RegistryClients implements Function<Set<String>, RegistryClient> {
    private final Consumer<String> stderr;

    RegistryClients(Consumer<String> stderr) {
      this.stderr = stderr;
    }

    @Override
    public RegistryClient apply(Set<String> insecure) {
      Set<String> key = Set.copyOf(insecure);
      synchronized (Session.this) {
        RegistryClient client = clients.get(key);
        if (client == null) {
          client = registryClient(stderr).withInsecureRegistries(key);
          clients.put(key, client);
        }
        return client;
      }
    }
  }

  /**
   * Sets the registry client up on a thread of its own while this one reads the store: for commands
   * that will ask a registry in all likelihood ({@code sync}). Costs nothing but CPU otherwise.
   */
  private void warmUpRegistryClient(Consumer<String> stderr) {
    if (offline) {
      return;
    }
    Thread warmUp = new Thread(() -> registryClient(stderr).warmUp(), "isctl warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** What HTTPS-first found for insecure registries: kept in the store, except by a dry run. */
  private PlainHttpMemory plainHttpMemory(Consumer<String> warnings) {
    Path file = new StoreLayout(storePath).plainHttpRegistriesFile();
    return dryRun
        ? PlainHttpMemory.readOnly(file, warnings)
        : PlainHttpMemory.inFile(file, warnings);
  }

  private synchronized OkHttpRegistryClient registryClient(Consumer<String> stderr) {
    if (registryClient == null) {
      Consumer<String> warnings = warnings(stderr);
      AuthFileLocations locations =
          new AuthFileLocations(
              Optional.ofNullable(registryConfig), environment.variables(), environment.home());
      registryClient =
          OkHttpRegistryClient.create(
              RegistryClientSettings.defaults()
                  .withCredentials(new AuthFileCredentialStore(locations, warnings))
                  .withWarnings(warnings)
                  .withObserver(observer())
                  .withProxies(proxies())
                  .withMaxConcurrency(maxConcurrency)
                  .withPlainHttpMemory(plainHttpMemory(warnings)));
    }
    return registryClient;
  }

  /**
   * HTTPS_PROXY, HTTP_PROXY and NO_PROXY from the environment, as docker and podman honour them.
   */
  private EnvironmentProxies proxies() {
    try {
      return EnvironmentProxies.from(environment.variables());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Tests count requests; at --loglevel=8 every exchange is traced with its secrets redacted. */
  private RequestObserver observer() {
    return tracesHttp() ? new HttpTrace(err) : environment.requestObserver();
  }

  /** The working folder, against which relative paths given on the command line are read. */
  public java.nio.file.Path cwd() {
    return environment.cwd();
  }

  /** Standard input, for {@code -f -}. */
  public java.util.function.Supplier<java.io.InputStream> stdin() {
    return environment.stdin();
  }

  public boolean offline() {
    return offline;
  }

  public int loglevel() {
    return loglevel;
  }

  /** {@code --loglevel=8}: every HTTP exchange with a registry is traced on stderr. */
  public boolean tracesHttp() {
    return loglevel >= TRACE_LOGLEVEL;
  }

  public Clock clock() {
    return environment.clock();
  }

  Environment environment() {
    return environment;
  }

  /**
   * The process environment, injectable for tests and the shell.
   *
   * @param stdin what {@code -f -} reads
   * @param requestObserver told about every registry request (tests count them; the CLI observes
   *     nothing: null)
   * @param stderrTerminal whether stderr is a terminal, where {@link Progress} may draw (false in
   *     tests)
   * @param stdoutTerminal whether stdout is a terminal, where even machine formats that do not
   *     escape by their own syntax (JSONPath) show control characters as escapes
   */
  public record Environment(
      Map<String, String> variables,
      Path cwd,
      Clock clock,
      java.util.function.Supplier<java.io.InputStream> stdin,
      RequestObserver requestObserver,
      boolean stderrTerminal,
      boolean stdoutTerminal) {
    public Environment(Map<String, String> variables, Path cwd, Clock clock) {
      this(variables, cwd, clock, new SystemIn(), null, false, false);
    }

    /**
     * The process's. No lambda here: the first one a process links costs milliseconds, which {@code
     * isctl version} need not pay.
     */
    public static Environment system() {
      return new Environment(
          System.getenv(),
          Path.of("").toAbsolutePath(),
          Clock.systemUTC(),
          new SystemIn(),
          null,
          Progress.isTerminal(Path.of("/proc/self/fd/2")),
          Progress.isTerminal(Path.of("/proc/self/fd/1")));
    }

    /** The observer given, else one that observes nothing (made when first asked for). */
    @Override
    public RequestObserver requestObserver() {
      return requestObserver == null ? RequestObserver.none() : requestObserver;
    }

    /**
     * The environment of the commands {@code isctl shell} runs: these variables (the shell's store
     * and namespace among them), and stdout and stderr on the shell's terminal.
     */
    public Environment inShell(Map<String, String> shellVariables) {
      return new Environment(shellVariables, cwd, clock, stdin, requestObserver, true, true);
    }

    /** The user's home: $HOME, as docker and podman read it. */
    public Path home() {
      String home = variables.get("HOME");
      return Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home);
    }

    public String variable(String name) {
      return variables.get(name);
    }

    /** {@code System.in}, read when {@code -f -} asks for it. */
    private static final class SystemIn
        implements java.util.function.Supplier<java.io.InputStream> {
      @Override
      public java.io.InputStream get() {
        return System.in;
      }
    }
  }
}
