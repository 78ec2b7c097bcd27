package io.isctl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.CredentialProxy;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.RegistryScript;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user and password of {@code HTTPS_PROXY}/{@code HTTP_PROXY} go to the proxy as Go's net/http
 * sends them (docker, podman): Basic, up front, on CONNECT and on plain-http requests; never to a
 * registry, never printed. The registry behind the proxy is the real one on loopback, named {@code
 * registry.test:PORT} (only the proxy resolves it: isctl, like Go, never proxies loopback
 * addresses).
 */
class ProxyCredentialsTest {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  /** A password that needs percent-encoding in a URL: {@code @}, {@code :} and {@code %}. */
  static final String PASSWORD = "p@ss:w%rd";

  static final String ENCODED_PASSWORD = "p%40ss%3Aw%25rd";
  static String digest;

  @TempDir Path dir;

  @BeforeAll
  static void push() {
    digest =
        new TestImages(REGISTRY)
            .schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "proxied")
            .digest();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private String registry() {
    return "registry.test:" + REGISTRY.hostPort().substring(REGISTRY.hostPort().indexOf(':') + 1);
  }

  /**
   * isctl on a store marking {@code registry} insecure, with both proxy variables naming {@code
   * proxy}.
   */
  private CliRunner through(CredentialProxy proxy, String userInfo, String registry) {
    Path store = dir.resolve("store");
    StoreFiles.markInsecure(store, registry);
    String url = "http://" + userInfo + "127.0.0.1:" + proxy.port();
    return new CliRunner(store)
        .env("ISCTL_NAMESPACE", "team")
        .env("HTTPS_PROXY", url)
        .env("HTTP_PROXY", url);
  }

  @Test
  void
      plainHttpRegistry_throughTheProxy_getsThePercentDecodedCredentialsOnEveryRequest_andImports() {
    try (CredentialProxy proxy = new CredentialProxy("alice", PASSWORD)) {
      CliRunner isctl = through(proxy, "alice:" + ENCODED_PASSWORD + "@", registry());

      CliResult result =
          isctl.run("import-image", "app:v1", "--from=" + registry() + "/team/app:v1", "--confirm");

      assertThat(result).succeeded();
      assertThat(
              new FileImageStreamStore(isctl.store())
                  .find("team", "app")
                  .orElseThrow()
                  .status()
                  .latest("v1")
                  .orElseThrow()
                  .image())
          .isEqualTo(digest);
      assertThat(proxy.received())
          .extracting(CredentialProxy.Received::requestLine)
          .contains("GET http://" + registry() + "/v2/ HTTP/1.1");
      assertThat(proxy.received())
          .allSatisfy(
              request ->
                  assertThat(request.proxyAuthorization())
                      .as(request.requestLine())
                      .isEqualTo(basic("alice", PASSWORD)));
    }
  }

  @Test
  void httpsRegistry_getsNoProxyCredentials_onlyTheConnectDoes() {
    try (CredentialProxy proxy = new CredentialProxy("alice", PASSWORD);
        FaultyRegistry registry = FaultyRegistry.start()) {
      registry.answer(new RegistryScript()::answer);
      String name =
          "registry.test:" + registry.hostPort().substring(registry.hostPort().indexOf(':') + 1);

      CliResult result =
          through(proxy, "alice:" + ENCODED_PASSWORD + "@", name)
              .run("import-image", "app:1", "--from=" + name + "/team/app:1", "--confirm");

      assertThat(result).succeeded();
      assertThat(proxy.received())
          .isNotEmpty()
          .allSatisfy(
              request -> {
                assertThat(request.requestLine()).isEqualTo("CONNECT " + name + " HTTP/1.1");
                assertThat(request.proxyAuthorization()).isEqualTo(basic("alice", PASSWORD));
              });
      List<RecordedRequest> atRegistry = new ArrayList<>();
      for (int i = registry.requestCount(); i > 0; i--) {
        atRegistry.add(registry.take());
      }
      assertThat(atRegistry)
          .isNotEmpty()
          .allSatisfy(
              request ->
                  assertThat(request.getHeaders().get("Proxy-Authorization"))
                      .as(request.getUrl().toString())
                      .isNull());
    }
  }

  @Test
  void withoutCredentials_theProxysRefusal_isOneLine_exitOne_andNotRetried() {
    try (CredentialProxy proxy = new CredentialProxy("alice", PASSWORD)) {
      CliResult result =
          through(proxy, "", registry())
              .run("import-image", "app:v1", "--from=" + registry() + "/team/app:v1", "--confirm");

      assertThat(result)
          .failedWith(1)
          .err()
          .startsWith("error: tag v1 failed: ")
          .contains("proxy authentication required")
          .hasLineCount(2);
      assertThat(proxy.received())
          .isNotEmpty()
          .allSatisfy(request -> assertThat(request.proxyAuthorization()).isNull());
    }
  }

  @Test
  void aRefusedPassword_isNeverPrinted_atAnyLogLevel_evenWhenTheProxyEchoesIt() {
    String wrong = "wr0ng-s3cret";
    try (CredentialProxy proxy = new CredentialProxy("alice", PASSWORD)) {
      CliRunner isctl = through(proxy, "alice:" + wrong + "@", registry());
      List<String> secrets = List.of(wrong, basic("alice", wrong).substring("Basic ".length()));

      for (String loglevel : List.of("0", "6", "8")) {
        CliResult result =
            isctl.run(
                "--loglevel=" + loglevel,
                "import-image",
                "app:v1",
                "--from=" + registry() + "/team/app:v1",
                "--confirm");

        assertThat(result).as("loglevel " + loglevel).failedWith(1);
        assertThat(result.out() + result.err()).as("loglevel " + loglevel).doesNotContain(secrets);
        if (loglevel.equals("8")) {
          assertThat(result.err())
              .contains("I   > Proxy-Authorization: Basic REDACTED")
              .contains("I GET http://" + registry() + "/v2/ 407");
        }
      }
      assertThat(proxy.received())
          .isNotEmpty()
          .allSatisfy(
              request -> assertThat(request.proxyAuthorization()).isEqualTo(basic("alice", wrong)));
    }
  }
}
