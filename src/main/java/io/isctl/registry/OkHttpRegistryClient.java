package io.isctl.registry;

import io.isctl.registry.auth.TokenClient;
import io.isctl.registry.endpoint.BlobGet;
import io.isctl.registry.endpoint.CatalogPage;
import io.isctl.registry.endpoint.ManifestGet;
import io.isctl.registry.endpoint.ManifestHead;
import io.isctl.registry.endpoint.NamePage;
import io.isctl.registry.endpoint.TagListPage;
import io.isctl.registry.json.ImageConfigJson;
import io.isctl.registry.json.RegistryJson;
import io.isctl.registry.transport.HttpClients;
import io.isctl.registry.transport.HttpExecutor;
import io.isctl.registry.transport.Redaction;
import io.isctl.registry.transport.RegistryErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;

/** The {@link RegistryClient} over OkHttp: sessions per registry, one endpoint class per call. */
public final class OkHttpRegistryClient implements RegistryClient {

  private final RegistryClientSettings settings;
  private final RegistryJson json;
  private final RegistrySessions sessions;

  private OkHttpRegistryClient(
      RegistryClientSettings settings, RegistryJson json, RegistrySessions sessions) {
    this.settings = settings;
    this.json = json;
    this.sessions = sessions;
  }

  /** A client with the settings; cheap to create, meant to live for one command. */
  public static OkHttpRegistryClient create(RegistryClientSettings settings) {
    RegistryJson json = new RegistryJson();
    HttpClients clients =
        new HttpClients(
            settings.timeouts(),
            settings.observer(),
            settings.userAgent(),
            settings.proxies(),
            settings.maxConcurrency());
    HttpExecutor executor =
        new HttpExecutor(settings.retryPolicy(), settings.sleeper(), settings.clock());
    RegistryErrors errors = new RegistryErrors(json);
    TokenClient tokens =
        new TokenClient(executor, json, errors, settings.clock(), settings.userAgent());
    return new OkHttpRegistryClient(
        settings, json, new RegistrySessions(settings, clients, executor, errors, tokens));
  }

  /**
   * Does now, on the calling thread, the one-time set-up every first request would otherwise wait
   * for: OkHttp's platform (which lists the JVM's security providers), its task runner (and with it
   * java.util.logging), its host name tables. A command that knows it will reach a registry calls
   * it on a thread of its own while it reads the store. No request is sent and no TLS context made.
   */
  public void warmUp() {
    HttpUrl.get("http://127.0.0.1/v2/");
    sessions.warmUp();
  }

  /**
   * This client treating {@code registries} (and no others) as insecure. It shares everything with
   * this one: the connection pool, each registry's session and tokens, and the requests in flight
   * to each registry.
   */
  public OkHttpRegistryClient withInsecureRegistries(Set<String> registries) {
    return new OkHttpRegistryClient(settings.withInsecureRegistries(registries), json, sessions);
  }

  @Override
  public PingResult ping(String registry) {
    return sessions.forRegistry(registry, settings.isInsecure(registry)).pingResult();
  }

  @Override
  public ManifestDescriptor headManifest(ManifestRequest request) {
    return session(request.repository())
        .call(request.repository(), new ManifestHead(request))
        .orElseGet(() -> getManifest(request).descriptor());
  }

  @Override
  public Manifest getManifest(ManifestRequest request) {
    return session(request.repository()).call(request.repository(), new ManifestGet(request, json));
  }

  @Override
  public byte[] getBlob(RegistryRepository repository, ContentDigest digest) {
    return session(repository).call(repository, new BlobGet(repository, digest));
  }

  @Override
  public ImageConfigJson getImageConfig(RegistryRepository repository, ContentDigest configDigest) {
    try {
      return json.read(getBlob(repository, configDigest), ImageConfigJson.class);
    } catch (IOException e) {
      throw new RegistryException(
          "GET " + repository + "@" + configDigest + ": the image config is not valid JSON",
          null,
          200,
          e);
    }
  }

  @Override
  public List<String> listTags(RegistryRepository repository) {
    RegistrySession session = session(repository);
    return allPages(
        "GET tags of " + repository,
        "tags",
        next -> session.call(repository, new TagListPage(repository, next, json)));
  }

  @Override
  public List<String> listRepositories(String registry) {
    RegistrySession session = sessions.forRegistry(registry, settings.isInsecure(registry));
    AccessScope catalog = AccessScope.catalog(registry);
    return allPages(
        "GET the catalog of " + registry,
        "repositories",
        next -> session.call(catalog, new CatalogPage(next, json)));
  }

  /**
   * Every name of a paginated list: the first page (null URL), then each Link, up to the page
   * limit.
   */
  /** Far more tags than any import takes (OpenShift's: 50) or any catalog isctl scans. */
  static final int MAX_LISTED_NAMES = 100_000;

  private List<String> allPages(String what, String noun, Function<HttpUrl, NamePage> fetch) {
    List<String> names = new ArrayList<>();
    Set<HttpUrl> visited = new HashSet<>();
    HttpUrl next = null;
    for (int page = 1; page <= settings.maxTagPages(); page++) {
      NamePage current = fetch.apply(next);
      names.addAll(current.names());
      if (names.size() > MAX_LISTED_NAMES) {
        // A registry that never stops inventing names must not fill the heap.
        throw new RegistryException(
            what
                + ": more than "
                + MAX_LISTED_NAMES
                + " "
                + noun
                + "; giving up after "
                + page
                + " pages and "
                + names.size()
                + " "
                + noun);
      }
      if (current.next().isEmpty()) {
        return names;
      }
      next = current.next().get();
      if (!visited.add(next)) {
        // A Link back to a page already read would repeat until the page limit: fail now.
        throw new RegistryException(
            what + ": the next-page Link loops back to " + Redaction.url(next));
      }
    }
    throw new RegistryException(
        what
            + ": more than "
            + settings.maxTagPages()
            + " pages; giving up after "
            + names.size()
            + " "
            + noun);
  }

  private RegistrySession session(RegistryRepository repository) {
    return sessions.forRegistry(repository.registry(), settings.isInsecure(repository.registry()));
  }
}
