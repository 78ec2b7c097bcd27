package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.registry.endpoint.ManifestDigests;
import io.isctl.registry.json.DescriptorJson;
import io.isctl.registry.json.ImageConfigJson;
import io.isctl.registry.json.RegistryJson;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.TagPaginationProxy;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client against the real distribution registry (Debian's docker-registry) on loopback, no
 * auth.
 */
class LocalRegistryClientTest {

  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  private static PushedImage schema2;
  private static PushedImage oci;
  private static PushedImage dockerList;
  private static PushedImage ociIndex;
  private static PushedImage deleted;
  private static List<String> manyTags;

  private final RequestCounter counter = new RequestCounter();
  private final RegistryClient client =
      OkHttpRegistryClient.create(
          RegistryClientSettings.defaults()
              .withInsecureRegistries(Set.of(REGISTRY.hostPort()))
              .withRetryPolicy(RetryPolicy.none())
              .withObserver(counter));

  @BeforeAll
  static void pushImages() {
    TestImages images = new TestImages(REGISTRY);
    schema2 = images.schema2("test/single", "v1", TestPlatform.LINUX_AMD64, "single");
    oci = images.oci("test/oci", "v1", TestPlatform.LINUX_AMD64, "oci");
    dockerList = images.dockerManifestList("test/multi", "list", "multi");
    ociIndex = images.ociIndex("test/multi-oci", "index", "multi-oci");
    deleted = images.deleted("test/deleted", "gone");
    manyTags = images.manyTags("test/many", 120);
  }

  private static RegistryRepository repo(String path) {
    return RegistryRepository.of(REGISTRY.hostPort(), path);
  }

  /**
   * The shim (a JDK HttpServer) never answers the https probe's TLS hello: a short read timeout
   * ends it.
   */
  private static RegistryClientSettings viaShim(TagPaginationProxy proxy) {
    return RegistryClientSettings.defaults()
        .withInsecureRegistries(Set.of(proxy.hostPort()))
        .withTimeouts(
            new RegistryTimeouts(
                Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(30)));
  }

  private static ManifestRequest byTag(PushedImage image) {
    return ManifestRequest.tag(repo(image.repository()), image.tag());
  }

  @Test
  void ping_insecureRegistry_fallsBackToHttpAndNeedsNoAuth() {
    PingResult ping = client.ping(REGISTRY.hostPort());

    assertThat(ping.baseUrl().toString()).isEqualTo(REGISTRY.baseUrl() + "/");
    assertThat(ping.authScheme()).isEmpty();
  }

  @Test
  void ping_loopbackNotMarkedInsecure_triesOnlyHttpsAndSaysSo() {
    RegistryClient secure =
        OkHttpRegistryClient.create(
            RegistryClientSettings.defaults()
                .withRetryPolicy(RetryPolicy.none())
                .withObserver(counter));

    assertThatThrownBy(() -> secure.ping(REGISTRY.hostPort()))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageStartingWith("GET https://" + REGISTRY.hostPort() + "/v2/: ")
        .hasMessageContaining("mark it insecure");
    assertThat(counter.requests()).allMatch(r -> r.url().getScheme().equals("https"));
  }

  @Test
  void headManifest_eachType_returnsThePushedDigestTypeAndSize() {
    for (PushedImage image : List.of(schema2, oci, dockerList, ociIndex)) {
      ManifestDescriptor head = client.headManifest(byTag(image));

      assertThat(head.digest().toString()).as(image.mediaType()).isEqualTo(image.digest());
      assertThat(head.mediaType()).isEqualTo(image.mediaType());
      assertThat(head.size()).isEqualTo(image.manifest().length);
    }
    assertThat(counter.count("GET", "/manifests/")).isZero();
  }

  @Test
  void getManifest_schema2AndOci_verifiesBytesAndParsesTheConfigDescriptor() {
    for (PushedImage image : List.of(schema2, oci)) {
      Manifest manifest = client.getManifest(byTag(image));

      assertThat(manifest.bytes()).isEqualTo(image.manifest());
      assertThat(manifest.descriptor().digest().toString()).isEqualTo(image.digest());
      assertThat(manifest.asImage())
          .get()
          .extracting(m -> m.config().digest())
          .isEqualTo(image.configDigest());
      assertThat(manifest.isIndex()).isFalse();
    }
  }

  @Test
  void getManifest_listAndIndex_parseEntriesWithPlatforms() {
    for (PushedImage image : List.of(dockerList, ociIndex)) {
      Manifest manifest = client.getManifest(byTag(image));

      assertThat(manifest.descriptor().mediaType()).isEqualTo(image.mediaType());
      List<DescriptorJson> entries = manifest.asIndex().orElseThrow().manifests();
      assertThat(entries)
          .extracting(DescriptorJson::digest)
          .containsExactly(image.child("amd64").digest(), image.child("arm64").digest());
      assertThat(entries.get(1).platform().variant()).isEqualTo("v8");
    }
  }

  @Test
  void getManifest_byChildDigest_returnsThePlatformManifest() {
    PushedImage arm = ociIndex.child("arm64");

    Manifest manifest =
        client.getManifest(
            ManifestRequest.digest(repo(ociIndex.repository()), ContentDigest.parse(arm.digest())));

    assertThat(manifest.bytes()).isEqualTo(arm.manifest());
  }

  @Test
  void legacyPlatformSelection_onRealIndex_prefersArchThenLinuxAmd64() {
    var index = client.getManifest(byTag(dockerList)).asIndex().orElseThrow();

    assertThat(LegacyPlatformSelection.select(index, "linux", "arm64"))
        .get()
        .extracting(DescriptorJson::digest)
        .isEqualTo(dockerList.child("arm64").digest());
    assertThat(LegacyPlatformSelection.select(index, "linux", "s390x"))
        .get()
        .extracting(DescriptorJson::digest)
        .isEqualTo(dockerList.child("amd64").digest());
  }

  @Test
  void getImageConfig_returnsPlatformCreatedEnvAndLabels() {
    PushedImage arm = dockerList.child("arm64");

    ImageConfigJson config =
        client.getImageConfig(repo(arm.repository()), ContentDigest.parse(arm.configDigest()));

    assertThat(config.architecture()).isEqualTo("arm64");
    assertThat(config.variant()).isEqualTo("v8");
    assertThat(config.os()).isEqualTo("linux");
    assertThat(config.created()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(config.config().env()).contains("SEED=multi-arm64");
    assertThat(config.config().labels()).containsEntry("io.isctl.test.seed", "multi-arm64");
  }

  @Test
  void getBlob_notLinkedIntoTheRepository_isBlobUnknown() {
    assertThatThrownBy(
            () -> client.getBlob(repo("test/oci"), ContentDigest.parse(schema2.configDigest())))
        .isInstanceOf(BlobUnknownException.class)
        .hasMessage(
            "GET "
                + REGISTRY.baseUrl()
                + "/v2/test/oci/blobs/"
                + schema2.configDigest()
                + ": BLOB_UNKNOWN: blob unknown to registry");
  }

  @Test
  void deletedManifest_byTagAndDigest_isManifestUnknown() {
    String tagUrl = REGISTRY.baseUrl() + "/v2/test/deleted/manifests/gone";

    assertThatThrownBy(() -> client.getManifest(byTag(deleted)))
        .isInstanceOf(ManifestUnknownException.class)
        .hasMessage("GET " + tagUrl + ": MANIFEST_UNKNOWN: manifest unknown");
    assertThatThrownBy(() -> client.headManifest(byTag(deleted)))
        .isInstanceOf(ManifestUnknownException.class)
        .hasMessage("HEAD " + tagUrl + ": MANIFEST_UNKNOWN: manifest unknown");
    assertThatThrownBy(
            () ->
                client.getManifest(
                    ManifestRequest.digest(
                        repo("test/deleted"), ContentDigest.parse(deleted.digest()))))
        .isInstanceOf(ManifestUnknownException.class)
        .extracting(e -> ((RegistryException) e).errorCode().orElseThrow())
        .isEqualTo("MANIFEST_UNKNOWN");
  }

  @Test
  void listTags_unknownRepository_isNameUnknown() {
    assertThatThrownBy(() -> client.listTags(repo("test/nothing-here")))
        .isInstanceOf(RepositoryUnknownException.class)
        .hasMessageContaining(": NAME_UNKNOWN: ");
  }

  @Test
  void listTags_moreThan50_withoutPagination_returnsAllInOneRequest() {
    // distribution 2.8 ignores n/last and answers unsorted in one page (registry-testing.md).
    assertThat(client.listTags(repo("test/many"))).containsExactlyInAnyOrderElementsOf(manyTags);
    assertThat(counter.count("GET", "/tags/list")).isEqualTo(1);
  }

  @Test
  void listTags_throughPaginatingShim_followsRelativeAndAbsoluteLinks() {
    for (TagPaginationProxy.LinkStyle style : TagPaginationProxy.LinkStyle.values()) {
      try (TagPaginationProxy proxy = TagPaginationProxy.start(REGISTRY, 50, style)) {
        counter.reset();
        RegistryClient viaProxy = OkHttpRegistryClient.create(viaShim(proxy).withObserver(counter));

        List<String> tags = viaProxy.listTags(RegistryRepository.of(proxy.hostPort(), "test/many"));

        assertThat(tags).as(style.name()).containsExactlyElementsOf(manyTags);
        assertThat(counter.requests())
            .filteredOn(r -> r.url().getPath().endsWith("/tags/list"))
            .extracting(r -> r.url().getRawQuery())
            .containsExactly(null, "last=t049&n=50", "last=t099&n=50");
      }
    }
  }

  @Test
  void listTags_pagesBeyondTheLimit_failInsteadOfLoopingForever() {
    try (TagPaginationProxy proxy =
        TagPaginationProxy.start(REGISTRY, 50, TagPaginationProxy.LinkStyle.RELATIVE)) {
      RegistryClient limited = OkHttpRegistryClient.create(viaShim(proxy).withMaxTagPages(2));

      assertThatThrownBy(
              () -> limited.listTags(RegistryRepository.of(proxy.hostPort(), "test/many")))
          .isInstanceOf(RegistryException.class)
          .hasMessageContaining("more than 2 pages");
    }
  }

  @Test
  void headManifest_unchangedTagTwice_costsOneHeadEachAndNoGet() {
    client.headManifest(byTag(schema2));
    counter.reset();

    client.headManifest(byTag(schema2));

    assertThat(counter.requests())
        .extracting(r -> r.method() + " " + r.url().getPath())
        .containsExactly("HEAD /v2/test/single/manifests/v1");
  }

  @Test
  void headManifest_movedTag_returnsTheNewDigest() {
    TestImages images = new TestImages(REGISTRY);
    PushedImage first = images.schema2("test/moving", "latest", TestPlatform.LINUX_AMD64, "first");
    ManifestRequest latest = ManifestRequest.tag(repo("test/moving"), "latest");
    assertThat(client.headManifest(latest).digest().toString()).isEqualTo(first.digest());

    PushedImage second =
        images.schema2("test/moving", "latest", TestPlatform.LINUX_AMD64, "second");

    assertThat(client.headManifest(latest).digest().toString())
        .isEqualTo(second.digest())
        .isNotEqualTo(first.digest());
  }

  @Test
  void schema1Digest_ofRegistryConvertedManifest_matchesItsDockerContentDigest()
      throws IOException {
    // Without Accept the registry down-converts schema2 to signed schema1: the digest covers the
    // JWS payload.
    Request raw =
        new Request.Builder().url(REGISTRY.baseUrl() + "/v2/test/single/manifests/v1").build();
    try (Response response = new OkHttpClient().newCall(raw).execute()) {
      byte[] bytes = response.body().bytes();
      String signed = MediaTypes.DOCKER_SCHEMA1_SIGNED;

      assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"signatures\"");
      assertThat(ManifestDigests.compute("sha256", signed, bytes, new RegistryJson()).toString())
          .isEqualTo(response.header("Docker-Content-Digest"))
          .isNotEqualTo(ContentDigest.sha256(bytes).toString());
    }
  }
}
