package io.isctl.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.registry.json.RegistryJson;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The registry's own words reach messages, stderr and the YAML only as one printable line. */
class RegistryErrorsTest {
  private static final HttpUrl URL =
      HttpUrl.get("https://registry.example/v2/team/app/manifests/1");

  private static BufferedResponse response(int code, String body) {
    return new BufferedResponse(
        "GET", URL, URL, code, Headers.of(), body.getBytes(StandardCharsets.UTF_8), 1);
  }

  @Test
  void errorMessage_withEscapeSequencesAndLineBreaks_becomesOnePrintableLine() {
    String body =
        "{\"errors\":[{\"code\":\"DENIED\\u001b[31m\",\"message\":\"evil\\u001b]0;title\\u0007\\n"
            + "error: forged\\r\\u009b2J\"}]}";

    String message =
        new RegistryErrors(new RegistryJson())
            .toException(response(400, body), "NOT_FOUND")
            .getMessage();

    assertThat(message).isEqualTo("GET " + URL + ": DENIED [31m: evil ]0;title error: forged 2J");
  }

  @Test
  void credentialsTheServerEchoes_areRedacted() {
    String body =
        "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"token t0ken-s3cret is not valid for pa55\"}]}";
    BufferedResponse echo =
        new BufferedResponse(
            "GET",
            URL,
            URL,
            401,
            Headers.of(),
            body.getBytes(StandardCharsets.UTF_8),
            1,
            java.util.List.of("t0ken-s3cret", "pa55"));

    assertThat(new RegistryErrors(new RegistryJson()).toException(echo, "NOT_FOUND").getMessage())
        .isEqualTo("GET " + URL + ": DENIED: token REDACTED is not valid for REDACTED");
  }

  @Test
  void longMessage_isCut() {
    String body = "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"" + "x".repeat(5000) + "\"}]}";

    String message =
        new RegistryErrors(new RegistryJson())
            .toException(response(400, body), "NOT_FOUND")
            .getMessage();

    assertThat(message).endsWith("x".repeat(200) + "…").hasSizeLessThan(300);
  }
}
