package io.isctl.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

  @Test
  void withoutUserInfo_scrubsEveryUrlsUserAndPassword_upToTheLastAt_andLeavesOtherTextAlone() {
    assertThat(
            OneLine.withoutUserInfo(
                "proxyconnect tcp: http://alice:p@ss@proxy.corp:3128 refused, "
                    + "HTTPS://bob@10.0.0.1/x and socks5://u:%40@h"))
        .isEqualTo(
            "proxyconnect tcp: http://REDACTED@proxy.corp:3128 refused, HTTPS://REDACTED@10.0.0.1/x and "
                + "socks5://REDACTED@h");
    assertThat(
            OneLine.withoutUserInfo(
                "quay.io/team/app@sha256:abc at https://quay.io/v2/app/manifests/x@y"))
        .isEqualTo("quay.io/team/app@sha256:abc at https://quay.io/v2/app/manifests/x@y");
  }

  @Test
  void of_joinsLines_escapesControlCharacters_andHidesUserInfo() {
    assertThat(OneLine.of("  no route to\r\n  http://u:pw@proxy:3128 \u001b[2J\t\n"))
        .isEqualTo("no route to http://REDACTED@proxy:3128 \\x1b[2J");
    assertThat(OneLine.of("tab\tinside")).isEqualTo("tab\\x09inside");
    assertThat(OneLine.of(null)).isEmpty();
  }
}
