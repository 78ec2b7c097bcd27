package io.isctl.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The harness itself: it starts the real registry in each mode and pushes reproducible images. */
class LocalRegistryTest {

  private final OkHttpClient http = new OkHttpClient();

  @Test
  void start_missingBinary_failsSayingWhatToInstall() {
    LocalRegistry registry =
        LocalRegistry.open().withBinary(Path.of("/nonexistent/docker-registry"));

    assertThatThrownBy(registry::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apt-get install -y docker-registry");
  }

  @Test
  void openRegistry_pushedImages_areServedWithTheirDigests() throws IOException {
    try (LocalRegistry registry = LocalRegistry.open().start()) {
      TestImages images = new TestImages(registry);
      PushedImage first = images.schema2("test/single", "v1", TestPlatform.LINUX_AMD64, "a");
      PushedImage again = images.schema2("test/again", "v1", TestPlatform.LINUX_AMD64, "a");
      PushedImage list = images.dockerManifestList("test/multi", "list", "m");

      assertThat(again.digest()).as("same inputs, same digest").isEqualTo(first.digest());
      try (Response response =
          get(registry.baseUrl() + "/v2/test/multi/manifests/list", TestImages.DOCKER_LIST, null)) {
        assertThat(response.header("Docker-Content-Digest")).isEqualTo(list.digest());
        assertThat(response.body().bytes()).isEqualTo(list.manifest());
      }
    }
  }

  @Test
  void basicRegistry_requiresTheUsersPassword() throws IOException {
    try (LocalRegistry registry = LocalRegistry.basicAuth(TestUser.ALICE).start()) {
      new TestImages(registry).oci("test/oci", "v1", TestPlatform.LINUX_AMD64, "b");
      String url = registry.baseUrl() + "/v2/test/oci/manifests/v1";

      try (Response anonymous = get(url, TestImages.OCI_MANIFEST, null);
          Response alice = get(url, TestImages.OCI_MANIFEST, TestUser.ALICE.basicAuthorization())) {
        assertThat(anonymous.code()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Basic realm=\"test-registry\"");
        assertThat(alice.code()).isEqualTo(200);
      }
    }
  }

  @Test
  void tokenRegistry_acceptsTheTokenServersJwts() throws IOException {
    try (LocalRegistry registry =
        LocalRegistry.tokenAuth(TokenServer.Policy.users(TestUser.ALICE)).start()) {
      new TestImages(registry).schema2("test/token", "v1", TestPlatform.LINUX_AMD64, "t");
      String url = registry.baseUrl() + "/v2/test/token/manifests/v1";
      String token =
          registry.tokenServer().mintToken("alice", List.of("repository:test/token:pull"));

      try (Response anonymous = get(url, TestImages.DOCKER_SCHEMA2, null);
          Response bearer = get(url, TestImages.DOCKER_SCHEMA2, "Bearer " + token)) {
        assertThat(anonymous.header("WWW-Authenticate"))
            .startsWith("Bearer realm=\"" + registry.tokenServer().realm() + "\"");
        assertThat(bearer.code()).isEqualTo(200);
      }
    }
  }

  @Test
  void paginationProxy_pagesSortedTagsWithRelativeLinks() throws IOException {
    try (LocalRegistry registry = LocalRegistry.open().start();
        TagPaginationProxy proxy =
            TagPaginationProxy.start(registry, 50, TagPaginationProxy.LinkStyle.RELATIVE)) {
      new TestImages(registry).manyTags("test/many", 120);

      try (Response page =
          get("http://" + proxy.hostPort() + "/v2/test/many/tags/list", "application/json", null)) {
        assertThat(page.header("Link"))
            .isEqualTo("</v2/test/many/tags/list?last=t049&n=50>; rel=\"next\"");
        assertThat(page.body().string())
            .startsWith("{\"name\":\"test/many\",\"tags\":[\"t000\",\"t001\"");
      }
    }
  }

  private Response get(String url, String accept, String authorization) throws IOException {
    Request.Builder request = new Request.Builder().url(url).header("Accept", accept);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.newCall(request.build()).execute();
  }
}
