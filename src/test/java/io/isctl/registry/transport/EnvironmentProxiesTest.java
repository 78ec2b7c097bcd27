package io.isctl.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentProxiesTest {

  static Proxy proxyFor(Map<String, String> env, String url) {
    return EnvironmentProxies.from(env).select(URI.create(url)).get(0);
  }

  @Test
  void httpsAndHttp_eachUseTheirOwnVariable_inEitherCase() {
    Map<String, String> env = Map.of("https_proxy", "http://secure.proxy:3128", "HTTP_PROXY", "plain.proxy:8080");

    assertThat(proxyFor(env, "https://quay.io/v2/").address())
        .isEqualTo(InetSocketAddress.createUnresolved("secure.proxy", 3128));
    assertThat(proxyFor(env, "http://127.0.0.1:5000/v2/").address())
        .isEqualTo(InetSocketAddress.createUnresolved("plain.proxy", 8080));
  }

  @Test
  void noProxy_hostsSuffixesPortsAndStar() {
    Map<String, String> env = Map.of("HTTPS_PROXY", "http://p:1",
        "NO_PROXY", "localhost, .corp.example,example.org,registry.local:5000");

    assertThat(proxyFor(env, "https://localhost/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://a.corp.example/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://mirror.example.org/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://registry.local:5000/v2/")).isEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://registry.local:5001/v2/")).isNotEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(env, "https://notexample.org/v2/")).as("a suffix must start at a dot")
        .isNotEqualTo(Proxy.NO_PROXY);
    assertThat(proxyFor(Map.of("HTTPS_PROXY", "http://p:1", "no_proxy", "*"), "https://quay.io/")).isEqualTo(Proxy.NO_PROXY);
  }

  @Test
  void noVariables_direct() {
    assertThat(proxyFor(Map.of(), "https://quay.io/v2/")).isEqualTo(Proxy.NO_PROXY);
  }

  @Test
  void unreadableProxy_namesTheVariable_butNotItsValue() {
    assertThatThrownBy(() -> EnvironmentProxies.from(Map.of("HTTPS_PROXY", "http://user:s3cret@[bad")))
        .hasMessageStartingWith("HTTPS_PROXY is not a proxy address")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
  }
}
