package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.TagEvent;
import io.isctl.registry.ContentDigest;
import io.isctl.testing.CliResult;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.Launcher;
import io.isctl.testing.PlainHttpTrap;
import io.isctl.testing.RegistryScript;
import io.isctl.testing.SelfSignedCertificate;
import io.isctl.testing.StoreFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as a user with their own CA sees it: {@code bin/isctl} with a JVM trust store
 * (ISCTL_JAVA_OPTS) holding the registry's certificate. Trusted and issued for the address:
 * imported without any insecure flag. Trusted but issued for another name: refused, so host names
 * are verified, not only chains. And a verified registry may not send us to a plain-HTTP token
 * realm.
 */
class TlsVerificationIT {
  private static final String PASSWORD = "pa55-for-the-verified-registry";

  @TempDir Path dir;

  /** bin/isctl trusting {@code trusted}, with credentials for {@code registry}. */
  private Launcher launcher(SelfSignedCertificate trusted, FaultyRegistry registry)
      throws Exception {
    Path trustStore = dir.resolve("trust.p12");
    trusted.writeTrustStore(trustStore, "changeit");
    Files.writeString(
        dir.resolve("auth.json"),
        "{\"auths\":{\""
            + registry.hostPort()
            + "\":{\"auth\":\""
            + java.util.Base64.getEncoder()
                .encodeToString(("robot:" + PASSWORD).getBytes(StandardCharsets.UTF_8))
            + "\"}}}");
    return new Launcher(dir)
        .env("ISCTL_STORE", Files.createDirectories(dir.resolve("store")).toString())
        .env("ISCTL_NAMESPACE", "team")
        .env("HOME", dir.toString())
        .env("REGISTRY_AUTH_FILE", dir.resolve("auth.json").toString())
        .env(
            "ISCTL_JAVA_OPTS",
            "-Djavax.net.ssl.trustStore="
                + trustStore
                + " -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12");
  }

  @Test
  void trustedCertificateForTheAddress_isAcceptedWithoutInsecure() throws Exception {
    CliResult result = tagFromRegistryPresenting(SelfSignedCertificate.forIpAddress("127.0.0.1"));

    assertThat(result).succeeded();
    assertThat(StoreFiles.stream(dir.resolve("store/team/web.yaml")).status().latest("latest"))
        .map(TagEvent::image)
        .contains(
            ContentDigest.sha256(RegistryScript.MANIFEST.getBytes(StandardCharsets.UTF_8))
                .toString());
  }

  @Test
  void trustedCertificateForAnotherName_isRefused() throws Exception {
    CliResult result =
        tagFromRegistryPresenting(SelfSignedCertificate.forHostName("registry.example.com"));

    assertThat(result).failedWith(1).errContains("requires the insecure flag");
  }

  /**
   * {@code tag} of an image from a well-behaved registry presenting {@code certificate}, which is
   * trusted.
   */
  private CliResult tagFromRegistryPresenting(SelfSignedCertificate certificate) throws Exception {
    try (FaultyRegistry registry = FaultyRegistry.start(certificate)) {
      registry.answer(new RegistryScript()::answer);
      return launcher(certificate, registry)
          .exec("tag", registry.hostPort() + "/team/app:1", "web:latest");
    }
  }

  @Test
  void verifiedRegistry_pointingAtAPlainHttpRealm_isRefused_andTheRealmHearsNothing()
      throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.forIpAddress("127.0.0.1");
    try (FaultyRegistry registry = FaultyRegistry.start(certificate);
        PlainHttpTrap realm = new PlainHttpTrap()) {
      RegistryScript script = new RegistryScript();
      script.ping =
          request ->
              new MockResponse.Builder()
                  .code(401)
                  .setHeader(
                      "WWW-Authenticate", "Bearer realm=\"http://" + realm.hostPort() + "/token\"")
                  .build();
      script.manifest = script.ping;
      registry.answer(script::answer);

      CliResult result =
          launcher(certificate, registry)
              .exec("tag", registry.hostPort() + "/team/app:1", "web:latest", "--loglevel=8");

      assertThat(result)
          .failedWith(1)
          .errContains("is not https and the registry was not marked insecure")
          .errDoesNotContain(PASSWORD);
      assertThat(realm.received()).isEmpty();
    }
  }
}
