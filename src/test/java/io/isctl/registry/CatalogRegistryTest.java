package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.testing.LocalRegistry;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v2/_catalog} against the real registry, which pages by 100 without {@code n}. */
class CatalogRegistryTest {

  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  private static final List<String> REPOSITORIES = new ArrayList<>();

  @BeforeAll
  static void pushRepositories() {
    TestImages images = new TestImages(REGISTRY);
    for (int i = 0; i < 105; i++) {
      String repository = String.format("ns%03d/app", i);
      images.schema2(repository, "v1", TestPlatform.LINUX_AMD64, "catalog");
      REPOSITORIES.add(repository);
    }
  }

  private final RequestCounter counter = new RequestCounter();

  private RegistryClient client(int maxPages) {
    return OkHttpRegistryClient.create(
        RegistryClientSettings.defaults()
            .withInsecureRegistries(Set.of(REGISTRY.hostPort()))
            .withRetryPolicy(RetryPolicy.none())
            .withObserver(counter)
            .withMaxTagPages(maxPages));
  }

  @Test
  void listRepositories_followsTheLinkToTheSecondPage() {
    assertThat(client(10).listRepositories(REGISTRY.hostPort()))
        .containsExactlyElementsOf(REPOSITORIES);

    assertThat(counter.requests())
        .extracting(r -> r.method() + " " + r.url().getPath() + "?" + r.url().getQuery())
        .containsExactly(
            "GET /v2/?null", "GET /v2/_catalog?null", "GET /v2/_catalog?last=ns099/app&n=100");
  }

  @Test
  void listRepositories_givesUpAfterThePageLimit() {
    RegistryClient client = client(1);

    assertThatThrownBy(() -> client.listRepositories(REGISTRY.hostPort()))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "GET the catalog of "
                + REGISTRY.hostPort()
                + ": more than 1 pages; giving up after 100 repositories");
  }
}
