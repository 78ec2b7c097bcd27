package io.isctl.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void url_dropsUserInfoAndSecretQueryValues_keepsTheRest() {
    HttpUrl url =
        HttpUrl.get(
            "https://user:pw@s3.example.com/blob?X-Amz-Signature=abc&access_token=t&part=2");

    assertThat(Redaction.url(url))
        .isEqualTo(
            "https://s3.example.com/blob?X-Amz-Signature=REDACTED&access_token=REDACTED&part=2");
  }

  @Test
  void headers_keepTheSchemeButNotTheCredentials_andRedactRelativeLocations() {
    Headers headers =
        new Headers.Builder()
            .add("Authorization", "Bearer tok3n")
            .add("Cookie", "session=abc")
            .add("Location", "/blob?X-Amz-Signature=sig")
            .add("Accept", "*/*")
            .build();

    assertThat(Redaction.headers(headers, HttpUrl.get("https://registry.example/v2/")))
        .containsExactly(
            "Authorization: Bearer REDACTED",
            "Cookie: REDACTED",
            "Location: https://registry.example/blob?X-Amz-Signature=REDACTED",
            "Accept: */*");
  }

  @Test
  void secretsOf_aRequest_areItsCredentialsAndSecretFormFields() {
    Request basic =
        new Request.Builder()
            .url("https://r.example/token")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("user:pa:ss".getBytes(StandardCharsets.UTF_8)))
            .build();
    Request oauth =
        new Request.Builder()
            .url("https://r.example/token")
            .post(
                new FormBody.Builder()
                    .add("grant_type", "refresh_token")
                    .add("refresh_token", "r3fresh")
                    .build())
            .build();

    assertThat(Redaction.secretsOf(basic)).containsExactly("dXNlcjpwYTpzcw==", "pa:ss");
    assertThat(Redaction.secretsOf(oauth)).containsExactly("r3fresh");
  }

  @Test
  void secretsOf_aRequestThroughAProxy_includeTheProxysCredentials() {
    Request proxied =
        new Request.Builder()
            .url("http://r.example/v2/")
            .header(
                "Proxy-Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("alice:pr0xy-pw".getBytes(StandardCharsets.UTF_8)))
            .build();

    assertThat(Redaction.secretsOf(proxied)).containsExactly("YWxpY2U6cHIweHktcHc=", "pr0xy-pw");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "as sent                 | x Ym9iOnMz+/pw= y",
        "percent-encoded         | x Ym9iOnMz%2B%2Fpw%3D y",
        "percent, lower-case hex | x Ym9iOnMz%2b%2fpw%3d y",
        "JSON with escaped slash | x Ym9iOnMz+\\/pw= y",
        "JSON with \\u escapes   | x Ym9iOnMz\\u002b\\/pw\\u003d y",
      })
  void scrub_coversEveryFormAServerMayEchoASecretIn(String form, String text) {
    assertThat(Redaction.scrub(text, java.util.List.of("Ym9iOnMz+/pw="))).isEqualTo("x REDACTED y");
  }

  @Test
  void scrub_ofASecretWithASpace_coversBothPercentSpellingsOfTheSpace() {
    java.util.List<String> secrets = java.util.List.of("pass word");

    assertThat(Redaction.scrub("a pass+word b pass%20word c", secrets))
        .isEqualTo("a REDACTED b REDACTED c");
  }

  @Test
  void headers_scrubEveryValueOfWhatTheRequestCarried() {
    Headers headers =
        new Headers.Builder()
            .add("X-Echo", "Basic Ym9iOnMz")
            .add("WWW-Authenticate", "Bearer error_description=\"Basic Ym9iOnMz\"")
            .build();

    assertThat(
            Redaction.headers(
                headers, HttpUrl.get("https://r.example/v2/"), java.util.List.of("Ym9iOnMz")))
        .containsExactly(
            "X-Echo: Basic REDACTED",
            "WWW-Authenticate: Bearer error_description=\"Basic REDACTED\"");
  }
}
