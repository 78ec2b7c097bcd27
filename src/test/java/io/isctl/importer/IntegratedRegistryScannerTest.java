package io.isctl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ClusterConfig;
import io.isctl.model.RegistryHostnames;
import io.isctl.registry.ContentDigest;
import io.isctl.registry.Manifest;
import io.isctl.registry.ManifestDescriptor;
import io.isctl.registry.ManifestRequest;
import io.isctl.registry.ManifestUnknownException;
import io.isctl.registry.PingResult;
import io.isctl.registry.RegistryClient;
import io.isctl.registry.RegistryException;
import io.isctl.registry.RegistryRepository;
import io.isctl.registry.RepositoryUnknownException;
import io.isctl.registry.json.ImageConfigJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code sync} learns of pushes to the integrated registry: which repositories are streams,
 * which tags count, and every failure as one line, in the same order at any concurrency. The
 * registry's answers come from a table: each fault here (one repository's list failing, a tag gone
 * between the list and its HEAD) is one a real registry does not give on demand.
 */
class IntegratedRegistryScannerTest {
  private static final String MIRROR = "127.0.0.1:5000";

  private static final ClusterConfig CONFIG =
      new ClusterConfig(
          RegistryHostnames.DEFAULT,
          List.of(MIRROR),
          List.of(),
          List.of(),
          List.of(
              new ClusterConfig.Mirror(RegistryHostnames.DEFAULT_INTERNAL, List.of(MIRROR), false)),
          List.of());

  /** Repositories: their tags, or the failure of their list. */
  private static final Map<String, Object> TAGS =
      Map.of(
          "team/web", List.of("v2", "v1", "not a tag!"),
          "team/api", new RegistryException("tags/list: 500 Internal Server Error"),
          "team/worker", List.of("t3", "t2", "t1"),
          "team/gone", new RepositoryUnknownException("gone", "NAME_UNKNOWN", 404, null),
          "team/web/nested", List.of("v1"),
          "Team/web", List.of("v1"),
          "lonely", List.of("v1"),
          "team/ignored", List.of("v1"));

  @ParameterizedTest(name = "{0} in flight")
  @ValueSource(ints = {1, 8})
  void streamsTagsAndFailures_comeInTheSameOrder_atAnyConcurrency(int inFlight) {
    PushedImages.Scan scan =
        new IntegratedRegistryScanner(CONFIG, insecure -> new Table(), inFlight)
            .scan((namespace, name) -> !name.equals("ignored"));

    assertThat(scan.location()).isEqualTo(MIRROR);
    assertThat(scan.tags())
        .extracting(t -> t.namespace() + "/" + t.stream() + ":" + t.tag() + "@" + t.digest())
        .containsExactly(
            "team/web:v1@" + digest("team/web:v1"),
            "team/web:v2@" + digest("team/web:v2"),
            "team/worker:t2@" + digest("team/worker:t2"));
    assertThat(scan.failures())
        .containsExactly(
            "team/api: cannot list its tags: tags/list: 500 Internal Server Error",
            "team/worker:t3: HEAD: 429 Too Many Requests");
  }

  @Test
  void aRegistryThatCannotListItsRepositories_isOneFailure() {
    PushedImages.Scan scan =
        new IntegratedRegistryScanner(
                CONFIG,
                insecure ->
                    new Table() {
                      @Override
                      public List<String> listRepositories(String registry) {
                        throw new RegistryException("_catalog: 401 Unauthorized");
                      }
                    })
            .scan((namespace, name) -> true);

    assertThat(scan.tags()).isEmpty();
    assertThat(scan.failures())
        .containsExactly(
            "cannot list the repositories of the integrated registry at "
                + MIRROR
                + ": _catalog: 401 Unauthorized");
  }

  private static String digest(String tag) {
    return ContentDigest.sha256(tag.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A registry answering from {@link #TAGS}; t1 was deleted after the list, t3 is throttled. */
  private static class Table implements RegistryClient {
    @Override
    public List<String> listRepositories(String registry) {
      assertThat(registry).isEqualTo(MIRROR);
      return List.copyOf(TAGS.keySet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> listTags(RegistryRepository repository) {
      Object tags = TAGS.get(repository.repository());
      if (tags instanceof RegistryException failure) {
        throw failure;
      }
      return (List<String>) tags;
    }

    @Override
    public ManifestDescriptor headManifest(ManifestRequest request) {
      String tag = request.repository().repository() + ":" + request.reference();
      if (tag.endsWith(":t1")) {
        throw new ManifestUnknownException("deleted", "MANIFEST_UNKNOWN", 404, null);
      }
      if (tag.endsWith(":t3")) {
        throw new RegistryException("HEAD: 429 Too Many Requests");
      }
      return new ManifestDescriptor(
          "application/vnd.oci.image.manifest.v1+json", ContentDigest.parse(digest(tag)), 1);
    }

    @Override
    public PingResult ping(String registry) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Manifest getManifest(ManifestRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getBlob(RegistryRepository repository, ContentDigest digest) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ImageConfigJson getImageConfig(RegistryRepository repository, ContentDigest digest) {
      throw new UnsupportedOperationException();
    }
  }
}
