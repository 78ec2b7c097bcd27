package io.isctl.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentProxiesTest {

  static Proxy proxyFor(Map<String, String> env, String url) {
    return EnvironmentProxies.from(env).select(URI.create(url)).get(0);
  }

  @Test
  void httpsAndHttp_eachUseTheirOwnVariable_inEitherCase() {
    Map<String, String> env =
        Map.of("https_proxy", "http://secure.proxy:3128", "HTTP_PROXY", "plain.proxy:8080");

    assertThat(proxyFor(env, "https://quay.io/v2/").address())
        .isEqualTo(InetSocketAddress.createUnresolved("secure.proxy", 3128));
    assertThat(proxyFor(env, "http://10.0.0.5:5000/v2/").address())
        .isEqualTo(InetSocketAddress.createUnresolved("plain.proxy", 8080));
  }

  @Test
  void localhostAndLoopbackAddresses_alwaysGoDirect_asInGo() {
    Map<String, String> env = Map.of("HTTPS_PROXY", "http://p:1", "HTTP_PROXY", "http://p:1");

    assertThat(proxyFor(env, "http://127.0.0.1:5000/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://127.8.9.10/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://[::1]:5000/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://LocalHost:5000/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://localhost.example/v2/")).isNotEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://[2001:db8::1]/v2/")).isNotEqualTo(Proxy.NO_PROXY);
  }

  static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void
      userInfo_isTheProxysBasicCredentials_percentDecoded_userUpToTheFirstColon_infoUpToTheLastAt() {
    Map<String, String> env =
        Map.of(
            "HTTPS_PROXY",
            "http://al%69ce:p@ss:w%25rd+@secure.proxy:3128/",
            "HTTP_PROXY",
            "bob@plain.proxy:8080",
            "NO_PROXY",
            "internal.example");
    EnvironmentProxies proxies = EnvironmentProxies.from(env);

    assertThat(proxies.authorization(URI.create("https://quay.io/v2/")))
        .contains(basic("alice:p@ss:w%rd+"));
    assertThat(proxyFor(env, "https://quay.io/v2/").address())
        .isEqualTo(InetSocketAddress.createUnresolved("secure.proxy", 3128));
    assertThat(proxies.authorization(URI.create("http://10.0.0.5:5000/v2/")))
        .contains(basic("bob:"));
    assertThat(proxies.authorization(URI.create("https://internal.example/v2/"))).isEmpty();
    assertThat(proxies.authorization(URI.create("http://127.0.0.1:5000/v2/"))).isEmpty();
    assertThat(
            EnvironmentProxies.from(Map.of("HTTPS_PROXY", "http://p:1"))
                .authorization(URI.create("https://quay.io/v2/")))
        .isEmpty();
  }

  @Test
  void userInfoGoRefuses_aBadEscapeOrAStrangeCharacter_isAnErrorThatDoesNotShowIt() {
    for (String value :
        List.of(
            "http://alice:s3cret%zz@p:1",
            "http://alice:s3cret%4@p:1",
            "http://alice:s3cret\u00e9@p:1",
            "http://alice:s3cret\"x@p:1")) {
      assertThatThrownBy(() -> EnvironmentProxies.from(Map.of("HTTP_PROXY", value)))
          .as(value)
          .hasMessage(
              "HTTP_PROXY is not a proxy address (its value is not shown: it may hold a password)");
    }
  }

  @Test
  void noProxy_hostsSuffixesPortsAndStar() {
    Map<String, String> env =
        Map.of(
            "HTTPS_PROXY",
            "http://p:1",
            "NO_PROXY",
            "localhost, .corp.example,example.org,registry.local:5000");

    assertThat(proxyFor(env, "https://localhost/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://a.corp.example/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://mirror.example.org/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://registry.local:5000/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://registry.local:5001/v2/")).isNotEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://notexample.org/v2/"))
        .as("a suffix must start at a dot")
        .isNotEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(Map.of("HTTPS_PROXY", "http://p:1", "no_proxy", "*"), "https://quay.io/"))
        .isEqualTo(Proxy.NO_PROXY);
  }

  @Test
  void noVariables_direct() {
    assertThat(proxyFor(Map.of(), "https://quay.io/v2/")).isEqualTo(Proxy.NO_PROXY);
  }

  @Test
  void unreadableProxy_namesTheVariable_butNotItsValue() {
    assertThatThrownBy(
            () -> EnvironmentProxies.from(Map.of("HTTPS_PROXY", "http://user:s3cret@[bad")))
        .hasMessageStartingWith("HTTPS_PROXY is not a proxy address")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
  }
}
