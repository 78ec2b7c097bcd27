package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.TagEvent;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PlainHttpTrap;
import io.isctl.testing.PushedImage;
import io.isctl.testing.RegistryScript;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import io.isctl.testing.TestUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claims of SECURITY.md that the command line can show against scripted registries on loopback.
 */
class SecurityTest {
  private static final String USER = "robot";
  private static final String PASSWORD = "pa55-w0rd-that-must-not-leak";
  private static final String BASIC =
      Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final String TOKEN = "bearer-token-that-must-not-leak";
  private static final String REFRESH = "refresh-token-that-must-not-leak";
  private static final String SIGNATURE = "signature-that-must-not-leak";
  private static final List<String> SECRETS = List.of(PASSWORD, BASIC, TOKEN, REFRESH, SIGNATURE);

  /** A plain-HTTP registry (Debian's docker-registry) that wants Basic credentials. */
  @RegisterExtension
  static final LocalRegistry BASIC_AUTH_REGISTRY = LocalRegistry.basicAuth(TestUser.ALICE);

  @TempDir Path dir;
  private final FaultyRegistry registry = FaultyRegistry.start();

  @AfterEach
  void stop() {
    registry.close();
  }

  private Path store() {
    return dir.resolve("store");
  }

  private CliResult isctl(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of("-n", "team", "--registry-config", dir.resolve("auth.json").toString()));
    all.addAll(List.of(args));
    return new CliRunner(store()).env("HOME", dir.toString()).run(all.toArray(String[]::new));
  }

  private void credentials(String host, String entry) throws IOException {
    Files.writeString(dir.resolve("auth.json"), "{\"auths\":{\"" + host + "\":" + entry + "}}");
  }

  @Test
  void untrustedCertificate_isRefused_unlessTheRegistryIsMarkedInsecure() {
    registry.answer(new RegistryScript()::answer);
    String image = registry.hostPort() + "/team/app:1";

    CliResult refused = isctl("tag", image, "web:refused");
    int requestsWhenRefused = registry.requestCount();
    CliResult perTag = isctl("tag", "--insecure", image, "web:flag");
    StoreFiles.markInsecure(store(), registry.hostPort());
    CliResult perStore = isctl("tag", image, "web:config");

    assertThat(refused)
        .failedWith(1)
        .errIs(
            "error: tag refused failed: the repository "
                + registry.hostPort()
                + "/team/app is HTTP only and requires the insecure flag to import\n");
    assertThat(requestsWhenRefused).as("the TLS handshake failed: no request was sent").isZero();
    assertThat(perTag).succeeded();
    assertThat(perStore).succeeded();
  }

  @Test
  void plainHttpRegistry_getsNoCredentials_unlessMarkedInsecure() throws Exception {
    try (PlainHttpTrap trap = new PlainHttpTrap()) {
      credentials(trap.hostPort(), "{\"auth\":\"" + BASIC + "\"}");

      CliResult result = isctl("tag", trap.hostPort() + "/team/app:1", "web:latest");

      assertThat(result).failedWith(1).errContains("requires the insecure flag");
      assertThat(trap.received())
          .as("only a TLS handshake record arrived")
          .isNotEmpty()
          .startsWith(0x16);
      assertThat(new String(trap.received(), StandardCharsets.ISO_8859_1))
          .doesNotContain("Authorization", "GET ", BASIC, PASSWORD);
    }
  }

  @Test
  void plainHttpRegistryMarkedInsecure_getsTheCredentialsOverHttp() throws Exception {
    PushedImage image =
        new TestImages(BASIC_AUTH_REGISTRY)
            .oci("test/private", "v1", TestPlatform.LINUX_AMD64, "sec");
    String pair = TestUser.ALICE.username() + ":" + TestUser.ALICE.password();
    credentials(
        BASIC_AUTH_REGISTRY.hostPort(),
        "{\"auth\":\""
            + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))
            + "\"}");
    StoreFiles.markInsecure(store(), BASIC_AUTH_REGISTRY.hostPort());

    CliResult result =
        isctl("tag", BASIC_AUTH_REGISTRY.hostPort() + "/test/private:v1", "web:latest");

    assertThat(result).succeeded();
    assertThat(StoreFiles.stream(store().resolve("team/web.yaml")).status().latest("latest"))
        .map(TagEvent::image)
        .contains(image.digest());
  }

  @Test
  void redirectFromHttpsDownToHttp_isRefused_soCredentialsNeverTravelInClear() throws Exception {
    try (PlainHttpTrap plain = new PlainHttpTrap()) {
      RegistryScript script = basicScript();
      script.manifest =
          request ->
              new MockResponse.Builder()
                  .code(307)
                  .setHeader("Location", "http://" + plain.hostPort() + "/v2/team/app/manifests/1")
                  .build();
      registry.answer(script::answer);
      credentials(registry.hostPort(), "{\"auth\":\"" + BASIC + "\"}");
      StoreFiles.markInsecure(store(), registry.hostPort());

      CliResult result = isctl("tag", registry.hostPort() + "/team/app:1", "web:latest");

      assertThat(result).failedWith(1).errContains("refusing redirect from https to http");
      assertThat(plain.received()).isEmpty();
    }
  }

  @Test
  void manifestRedirectToAnotherHost_arrivesThereWithoutCredentials() throws Exception {
    try (FaultyRegistry cdn = FaultyRegistry.start()) {
      RegistryScript script = basicScript();
      script.manifest =
          request ->
              new MockResponse.Builder()
                  .code(307)
                  .setHeader("Location", cdn.url("/blobs/manifest?X-Amz-Signature=" + SIGNATURE))
                  .build();
      registry.answer(script::answer);
      cdn.answer(
          request ->
              RegistryScript.manifest(
                  RegistryScript.MANIFEST.getBytes(StandardCharsets.UTF_8),
                  "application/vnd.oci.image.manifest.v1+json"));
      credentials(registry.hostPort(), "{\"auth\":\"" + BASIC + "\"}");
      StoreFiles.markInsecure(store(), registry.hostPort());

      CliResult result = isctl("tag", registry.hostPort() + "/team/app:1", "web:latest");

      assertThat(result).succeeded();
      assertThat(cdn.take().getHeaders().get("Authorization")).isNull();
    }
  }

  static Stream<Arguments> secretsScenarios() {
    List<Arguments> all = new ArrayList<>();
    for (int loglevel : List.of(0, 6, 8)) {
      for (String scenario :
          List.of(
              "basic",
              "basic refused",
              "bearer",
              "bearer refused",
              "bearer then 500",
              "identity token",
              "signed redirect",
              "tag list refused",
              "malformed auth file")) {
        all.add(Arguments.of(scenario, loglevel));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} at --loglevel={1}")
  @MethodSource("secretsScenarios")
  void credentialsAndTokens_areNeverPrinted_atAnyLogLevel(String scenario, int loglevel)
      throws Exception {
    RegistryScript script =
        switch (scenario) {
          case "basic", "signed redirect", "malformed auth file" -> basicScript();
          case "basic refused" -> refusing("Basic realm=\"r\"");
          case "tag list refused" ->
              withTags(basicScript(), refusing("Basic realm=\"r\"").manifest);
          default -> bearerScript(scenario);
        };
    if (scenario.equals("signed redirect")) {
      var original = script.manifest;
      script.manifest =
          request ->
              request.getUrl().queryParameter("X-Amz-Signature") != null
                  ? original.apply(request)
                  : new MockResponse.Builder()
                      .code(307)
                      .setHeader(
                          "Location",
                          request.getUrl().encodedPath() + "?X-Amz-Signature=" + SIGNATURE)
                      .build();
    }
    registry.answer(script::answer);
    StoreFiles.markInsecure(store(), registry.hostPort());
    credentials(
        registry.hostPort(),
        switch (scenario) {
          case "identity token" -> "{\"identitytoken\":\"" + REFRESH + "\"}";
          case "malformed auth file" ->
              "{\"auth\":\"" + BASIC + "\", \"password\": \"" + PASSWORD + "\" oops";
          default -> "{\"auth\":\"" + BASIC + "\"}";
        });
    String image = registry.hostPort() + "/team/app";

    CliResult result =
        scenario.equals("tag list refused")
            ? isctl(
                "import-image",
                "web",
                "--all",
                "--confirm",
                "--from",
                image,
                "--loglevel=" + loglevel)
            : isctl("tag", image + ":1", "web:latest", "--loglevel=" + loglevel);

    SoftAssertions softly = new SoftAssertions();
    String printed = result.out() + result.err();
    String stored =
        new String(
            StoreFiles.snapshot(store()).values().stream()
                .reduce(new byte[0], SecurityTest::concat),
            StandardCharsets.UTF_8);
    for (String secret : SECRETS) {
      softly.assertThat(printed).as("printed").doesNotContain(secret);
      softly.assertThat(stored).as("stored").doesNotContain(secret);
    }
    if (loglevel >= 8 && !scenario.equals("malformed auth file")) {
      softly
          .assertThat(result.err())
          .as("the exchanges are traced, credentials redacted")
          .contains("I GET https://" + registry.hostPort() + "/v2/ ")
          .containsPattern("Authorization: (Basic|Bearer) REDACTED");
    }
    if (scenario.equals("signed redirect") && loglevel >= 8) {
      softly.assertThat(result.err()).contains("X-Amz-Signature=REDACTED");
    }
    if (scenario.equals("tag list refused") && loglevel >= 6) {
      softly
          .assertThat(result.err())
          .as("a stack trace is printed, and holds no secret either")
          .contains("\tat ");
    }
    softly.assertAll();
  }

  /** Basic auth: the ping challenges, everything else needs our credentials. */
  private static RegistryScript basicScript() {
    RegistryScript script = new RegistryScript();
    RegistryScript challenge = refusing("Basic realm=\"registry\"");
    script.ping = challenge.ping;
    var manifest = script.manifest;
    script.manifest =
        request ->
            ("Basic " + BASIC).equals(request.getHeaders().get("Authorization"))
                ? manifest.apply(request)
                : challenge.ping.apply(request);
    return script;
  }

  /**
   * Bearer auth from {@code /token} on the registry itself; variants refuse or fail at some step.
   */
  private RegistryScript bearerScript(String scenario) {
    RegistryScript script = new RegistryScript();
    String challenge = "Bearer realm=\"" + registry.url("/token") + "\",service=\"registry\"";
    script.ping =
        request ->
            new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", challenge).build();
    script.token =
        request -> {
          boolean basicOk = ("Basic " + BASIC).equals(request.getHeaders().get("Authorization"));
          boolean refreshOk =
              request.getBody() != null && request.getBody().utf8().contains(REFRESH);
          if (scenario.equals("bearer refused") || !(basicOk || refreshOk)) {
            return new MockResponse.Builder()
                .code(401)
                .body("{\"details\":\"incorrect username or password\"}")
                .build();
          }
          return RegistryScript.json(
              "{\"token\":\""
                  + TOKEN
                  + "\",\"access_token\":\""
                  + TOKEN
                  + "\",\"refresh_token\":\""
                  + REFRESH
                  + "\"}");
        };
    var manifest = script.manifest;
    script.manifest =
        request -> {
          if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return script.ping.apply(request);
          }
          return scenario.equals("bearer then 500")
              ? new MockResponse.Builder()
                  .code(500)
                  .setHeader("Retry-After", "0")
                  .body("token " + TOKEN + " broke")
                  .build()
              : manifest.apply(request);
        };
    return script;
  }

  private static RegistryScript refusing(String challenge) {
    RegistryScript script = new RegistryScript();
    script.ping =
        request ->
            new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", challenge).build();
    script.manifest = script.ping;
    return script;
  }

  private static RegistryScript withTags(
      RegistryScript script, Function<RecordedRequest, MockResponse> tags) {
    script.tags = tags;
    return script;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
