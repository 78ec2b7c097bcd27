package io.isctl.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void url_dropsUserInfoAndSecretQueryValues_keepsTheRest() {
    HttpUrl url = HttpUrl.get("https://user:pw@s3.example.com/blob?X-Amz-Signature=abc&access_token=t&part=2");

    assertThat(Redaction.url(url))
        .isEqualTo("https://s3.example.com/blob?X-Amz-Signature=REDACTED&access_token=REDACTED&part=2");
  }
}
