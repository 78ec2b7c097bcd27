package io.isctl.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthChallengeTest {

  @Test
  void parse_bearerWithCommaInQuotedScope_keepsTheWholeScope() {
    List<AuthChallenge> challenges =
        AuthChallenge.parseAll(
            List.of(
                "Bearer realm=\"https://auth.example.com/token\",service=\"registry.example.com\","
                    + "scope=\"repository:samalba/my-app:pull,push\""));

    assertThat(challenges)
        .containsExactly(
            new AuthChallenge(
                "bearer",
                Map.of(
                    "realm", "https://auth.example.com/token",
                    "service", "registry.example.com",
                    "scope", "repository:samalba/my-app:pull,push")));
  }

  @Test
  void parse_quotedStringEscapes_areUnescaped() {
    AuthChallenge challenge =
        AuthChallenge.parseAll(List.of("Basic realm=\"say \\\"hi\\\" \\\\ there\"")).get(0);

    assertThat(challenge.parameter("realm")).contains("say \"hi\" \\ there");
  }

  @Test
  void parse_severalChallengesInOneHeaderAndAcrossHeaders_keepsOrderAndParameters() {
    List<AuthChallenge> challenges =
        AuthChallenge.parseAll(
            List.of(
                "Basic realm=\"reg\", Bearer realm=\"https://a/t\", error=insufficient_scope, scope=\"registry:catalog:*\"",
                "Negotiate"));

    assertThat(challenges)
        .extracting(AuthChallenge::scheme)
        .containsExactly("basic", "bearer", "negotiate");
    assertThat(challenges.get(1).isInsufficientScope()).isTrue();
    assertThat(challenges.get(1).parameter("scope")).contains("registry:catalog:*");
  }

  @Test
  void parse_caseAndSpacing_areTolerated() {
    AuthChallenge challenge =
        AuthChallenge.parseAll(List.of("  bEaReR   Realm = \"https://a/t\" ,Service=svc")).get(0);

    assertThat(challenge.isBearer()).isTrue();
    assertThat(challenge.parameter("REALM")).contains("https://a/t");
    assertThat(challenge.parameter("service")).contains("svc");
  }

  @Test
  void parse_malformedInput_returnsWhatCouldBeRead() {
    assertThat(AuthChallenge.parseAll(List.of(""))).isEmpty();
    assertThat(
            AuthChallenge.parseAll(List.of("Bearer realm=\"unterminated"))
                .get(0)
                .parameter("realm"))
        .contains("unterminated");
  }
}
