package io.isctl.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RealmPolicyTest {

  @ParameterizedTest(name = "{0} for {1} insecure={2} -> allowed={3}")
  @CsvSource({
    "https://auth.docker.io/token,          https://registry-1.docker.io/, false, true",
    "http://auth.example.com/token,         https://registry.example.com/, false, false",
    "http://auth.example.com/token,         http://registry.example.com/,  true,  true",
    "https://169.254.169.254/latest/meta,   https://registry.example.com/, false, false",
    "https://[fe80::1]/token,               https://registry.example.com/, false, false",
    "https://10.0.0.5/token,                https://registry.example.com/, false, false",
    "https://127.0.0.1:9000/token,          https://quay.io/,              false, false",
    "https://localhost/token,               https://quay.io/,              false, false",
    "https://[fd00::1]/token,               https://quay.io/,              false, false",
    "https://10.0.0.5/token,                https://10.0.0.9/,             false, true",
    "http://127.0.0.1:9000/token,           http://127.0.0.1:5000/,        true,  true",
    "https://169.254.169.254/token,         https://169.254.169.254/,      false, true",
    "https://169.254.169.254/token,         https://10.0.0.9/,             false, false",
    "https://0.0.0.0/token,                 https://10.0.0.9/,             false, false",
  })
  void refuse_followsGgcrRulesInSpirit(
      String realm, String registry, boolean insecure, boolean allowed) {
    assertThat(RealmPolicy.refuse(HttpUrl.get(realm), HttpUrl.get(registry), insecure).isEmpty())
        .isEqualTo(allowed);
  }
}
