package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import io.isctl.registry.ContentDigest;
import io.isctl.registry.MediaTypes;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.FailureContract;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.FuzzSeed;
import io.isctl.testing.RegistryScript;
import io.isctl.testing.StoreFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registries that answer badly, scripted with MockWebServer behind {@code import-image} and {@code
 * tag}: bodies that are not JSON or far too large, lying digests, endless redirects, token realms
 * pointing elsewhere, garbage challenges and error bodies. Each run fails with exit 1 and one
 * {@code error:} line per failed tag, no stack trace, in bounded time, and nothing the registry
 * lied about reaches the store. Generated manifest mutations add more cases: whatever isctl records
 * is the digest of what was served.
 */
class BadRegistryAnswersTest {
  private static final int MUTATED_MANIFESTS = 60;

  @TempDir Path dir;
  private FaultyRegistry registry;
  private Path store;

  @BeforeEach
  void start() {
    registry = FaultyRegistry.start();
  }

  /**
   * Each case gets a store of its own, whose config marks the fake registry insecure (it is
   * self-signed).
   */
  private void freshStore() throws IOException {
    store = Files.createTempDirectory(dir, "store");
    StoreFiles.markInsecure(store, registry.hostPort());
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @TestFactory
  Stream<DynamicTest> badAnswers_failTheImportWithOneLineAndRecordNoImage() {
    List<Scenario> scenarios = scenarios();
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      for (boolean importImage : scenario.all() ? List.of(true) : List.of(true, false)) {
        String command = importImage ? "import-image" : "tag";
        tests.add(
            DynamicTest.dynamicTest(
                scenario.name() + " / " + command,
                () -> {
                  freshStore();
                  registry.answer(scenario.script()::answer);
                  CliResult result = runImport(scenario.name(), importImage, scenario.all());
                  assertFailedCleanly(scenario.name() + " / " + command, result, importImage);
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> mutatedManifests_recordOnlyTheDigestOfWhatWasServed() {
    return IntStream.range(0, MUTATED_MANIFESTS)
        .mapToObj(
            n -> {
              Random random = FuzzSeed.forCase(n, 4);
              byte[] body =
                  mutate(random, RegistryScript.MANIFEST.getBytes(StandardCharsets.UTF_8));
              String contentType =
                  pick(
                      random,
                      List.of(
                          MediaTypes.OCI_MANIFEST,
                          MediaTypes.OCI_INDEX,
                          "application/json",
                          "text/plain",
                          "application/vnd.docker.distribution.manifest.v2+json",
                          ""));
              String name =
                  "case "
                      + n
                      + " (seed "
                      + FuzzSeed.SEED
                      + "): "
                      + new String(body, StandardCharsets.UTF_8)
                          .replaceAll("\\p{Cntrl}", "?")
                          .substring(0, Math.min(body.length, 60))
                      + "… as "
                      + contentType;
              return DynamicTest.dynamicTest(
                  name,
                  () -> {
                    RegistryScript script = new RegistryScript();
                    script.manifest = request -> RegistryScript.manifest(body, contentType);
                    freshStore();
                    registry.answer(script::answer);
                    CliResult result = runImport(name, random.nextBoolean(), false);
                    if (result.exitCode() == 0) {
                      ImageStream web = StoreFiles.stream(store.resolve("team/web.yaml"));
                      assertThat(web.status().latest("latest"))
                          .as(name)
                          .map(TagEvent::image)
                          .contains(ContentDigest.sha256(body).toString());
                      return;
                    }
                    assertFailedCleanly(name, result, true);
                  });
            });
  }

  private CliResult runImport(String name, boolean importImage, boolean all) {
    String repository = registry.hostPort() + "/team/app";
    CliRunner runner = new CliRunner(store).env("HOME", dir.toString());
    List<String> args =
        importImage
            ? new ArrayList<>(
                List.of(
                    "-n",
                    "team",
                    "import-image",
                    "web",
                    "--confirm",
                    "--from",
                    all ? repository : repository + ":1"))
            : new ArrayList<>(List.of("-n", "team", "tag", repository + ":1", "web:latest"));
    if (all) {
      args.add("--all");
    }
    return FailureContract.bounded(name, () -> runner.run(args.toArray(String[]::new)));
  }

  /**
   * Exit 1, every stderr line an error (one per tag, plus import-image's summary), no image stored.
   */
  private void assertFailedCleanly(String name, CliResult result, boolean importImage) {
    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(result.exitCode())
        .as("%s: exit code; stderr: %s", name, result.err())
        .isEqualTo(1);
    softly
        .assertThat(result.err().lines().toList())
        .as("%s: error lines", name)
        .isNotEmpty()
        .allMatch(line -> line.startsWith("error: "));
    softly
        .assertThat(result.err().lines().count())
        .as("%s: one line per failed tag", name)
        .isLessThanOrEqualTo(importImage ? 2 : 1);
    FailureContract.assertNoCrash(softly, name, result);
    Path file = store.resolve("team/web.yaml");
    if (Files.exists(file)) {
      ImageStream web = StoreFiles.stream(file);
      softly
          .assertThat(web.status().tags())
          .as("%s: no image recorded", name)
          .allMatch(history -> history.items().isEmpty());
      softly
          .assertThat(web.status().tags())
          .as("%s: the failure recorded", name)
          .flatExtracting(NamedTagEventList::conditions)
          .isNotEmpty();
    }
    softly.assertAll();
  }

  record Scenario(String name, RegistryScript script, boolean all) {}

  private List<Scenario> scenarios() {
    List<Scenario> all = new ArrayList<>();
    String self = "https://" + registry.hostPort();
    for (String body :
        List.of(
            "not json",
            "<html><body>502 Bad Gateway</body></html>",
            "null",
            "[]",
            "{}",
            "42",
            "{\"schemaVersion\":2",
            "{\"schemaVersion\":2,\"mediaType\":\""
                + MediaTypes.OCI_MANIFEST
                + "\",\"config\":\"x\"}",
            "{\"schemaVersion\":2,\"mediaType\":\""
                + MediaTypes.OCI_INDEX
                + "\",\"manifests\":\"x\"}",
            "[".repeat(5000) + "]".repeat(5000),
            "\uFEFF\u0000\u0001")) {
      for (String type : List.of(MediaTypes.OCI_MANIFEST, MediaTypes.OCI_INDEX, "")) {
        all.add(
            manifestScenario(
                "manifest " + abbreviate(body) + " as " + type,
                request -> RegistryScript.manifest(body.getBytes(StandardCharsets.UTF_8), type)));
      }
    }
    all.add(
        manifestScenario(
            "manifest of an unknown media type",
            request ->
                RegistryScript.manifest(
                    RegistryScript.MANIFEST.getBytes(StandardCharsets.UTF_8),
                    "application/vnd.example.unknown+json")));
    all.add(
        manifestScenario(
            "manifest body over the 4 MiB limit",
            request ->
                RegistryScript.manifest(
                    ("{\"schemaVersion\":2,\"pad\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                    MediaTypes.OCI_MANIFEST)));
    all.add(
        manifestScenario(
            "Docker-Content-Digest that lies",
            request ->
                new MockResponse.Builder()
                    .code(200)
                    .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
                    .setHeader(
                        "Docker-Content-Digest",
                        ContentDigest.sha256("other".getBytes(StandardCharsets.UTF_8)).toString())
                    .body(RegistryScript.MANIFEST)
                    .build()));
    all.add(
        manifestScenario(
            "malformed Docker-Content-Digest",
            request ->
                new MockResponse.Builder()
                    .code(200)
                    .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
                    .setHeader("Docker-Content-Digest", "sha256:zz")
                    .body(RegistryScript.MANIFEST)
                    .build()));
    all.add(
        manifestScenario(
            "index whose child has other bytes than its digest",
            request ->
                request.getUrl().encodedPath().endsWith("/1")
                    ? RegistryScript.manifest(
                        index(
                            ContentDigest.sha256("something else".getBytes(StandardCharsets.UTF_8))
                                .toString(),
                            "amd64"),
                        MediaTypes.OCI_INDEX)
                    : new MockResponse.Builder()
                        .code(200)
                        .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
                        .body(RegistryScript.MANIFEST)
                        .build()));
    for (String child :
        List.of("sha256:zz", "md5:" + "a".repeat(32), "", "sha256:" + "A".repeat(64))) {
      all.add(
          manifestScenario(
              "index with child digest \"" + child + "\"",
              request -> RegistryScript.manifest(index(child, "amd64"), MediaTypes.OCI_INDEX)));
    }
    all.add(
        manifestScenario(
            "index without images",
            request ->
                RegistryScript.manifest(
                    ("{\"schemaVersion\":2,\"mediaType\":\""
                            + MediaTypes.OCI_INDEX
                            + "\",\"manifests\":[]}")
                        .getBytes(StandardCharsets.UTF_8),
                    MediaTypes.OCI_INDEX)));
    all.add(
        manifestScenario(
            "endless redirect to itself",
            request ->
                new MockResponse.Builder()
                    .code(302)
                    .setHeader("Location", request.getUrl().encodedPath())
                    .build()));
    all.add(
        manifestScenario(
            "redirect from https down to http",
            request ->
                new MockResponse.Builder()
                    .code(307)
                    .setHeader("Location", "http://" + registry.hostPort() + "/elsewhere")
                    .build()));
    all.add(
        manifestScenario(
            "redirect to a malformed location",
            request ->
                new MockResponse.Builder().code(307).setHeader("Location", "http://[::1").build()));
    for (int status : List.of(400, 403, 404)) {
      for (String code : List.of("MANIFEST_UNKNOWN", "UNSUPPORTED", "DENIED")) {
        all.add(
            manifestScenario(
                "HTTP " + status + " " + code + " whose message has control characters and lines",
                request ->
                    new MockResponse.Builder()
                        .code(status)
                        .setHeader("Content-Type", "application/json")
                        .body(
                            "{\"errors\":[{\"code\":\""
                                + code
                                + "\",\"message\":\"evil\\u001b]0;title\\u0007\\n"
                                + "error: forged second line\\r\\u001b[2J\\u0085\\u009b31m\"}]}")
                        .build()));
      }
    }
    all.add(
        manifestScenario(
            "error body of the wrong shape",
            request ->
                new MockResponse.Builder()
                    .code(404)
                    .body("{\"errors\":[{\"code\":123,\"message\":[\"a\"],\"detail\":{}}]}")
                    .build()));
    all.add(
        manifestScenario(
            "error body that is not JSON",
            request ->
                new MockResponse.Builder().code(400).body("Bad Request\u0000\u001b[31m").build()));
    all.add(
        manifestScenario(
            "server errors with Retry-After: 0",
            request ->
                new MockResponse.Builder()
                    .code(503)
                    .setHeader("Retry-After", "0")
                    .body("<html>down</html>")
                    .build()));
    all.add(
        manifestScenario(
            "Retry-After far beyond patience",
            request ->
                new MockResponse.Builder()
                    .code(429)
                    .setHeader("Retry-After", "999999999999999999999")
                    .build()));
    all.add(
        manifestScenario(
            "unauthorized forever",
            request ->
                new MockResponse.Builder()
                    .code(401)
                    .setHeader("WWW-Authenticate", "Basic realm=\"r\"")
                    .build()));

    all.add(
        pingScenario(
            "ping that is not a registry",
            request ->
                new MockResponse.Builder().code(404).body("<html>Not Found</html>").build()));
    for (String challenge :
        List.of(
            "Bearer",
            "Bearer realm=",
            "Bearer realm=\"\"",
            "Bearer realm=\"::::\"",
            "Bearer realm=\"http://169.254.169.254/latest/api/token\"",
            "Bearer realm=\"https://0.0.0.0/token\"",
            "Bearer realm=\"https://224.0.0.1/token\"",
            "Bearer realm=\"https://[fe80::1]/token\"",
            "Bearer realm=\"ftp://127.0.0.1/token\"",
            "Bearer realm=\"file:///etc/passwd\"",
            "Negotiate abc",
            "Bearer realm=\"x\",,,,service=",
            "garbage",
            "Basic")) {
      all.add(
          pingScenario(
              "challenge " + abbreviate(challenge),
              request ->
                  new MockResponse.Builder()
                      .code(401)
                      .setHeader("WWW-Authenticate", challenge)
                      .build()));
    }
    for (String tokenBody :
        List.of(
            "not json",
            "{}",
            "{\"token\":\"\"}",
            "{\"token\":[]}",
            "[]",
            "{\"token\":\"" + "t".repeat(70_000) + "\"}")) {
      RegistryScript script = bearerScript(self);
      script.token = request -> RegistryScript.json(tokenBody);
      all.add(new Scenario("token answer " + abbreviate(tokenBody), script, false));
    }
    RegistryScript tokenRedirect = bearerScript(self);
    tokenRedirect.token =
        request ->
            new MockResponse.Builder()
                .code(307)
                .setHeader("Location", "http://169.254.169.254/latest/meta-data")
                .build();
    all.add(new Scenario("token server redirecting to cloud metadata", tokenRedirect, false));
    RegistryScript tokenRefused = bearerScript(self);
    tokenRefused.token =
        request -> new MockResponse.Builder().code(401).body("{\"details\":\"no\"}").build();
    all.add(new Scenario("token server refusing", tokenRefused, false));

    for (String tagList :
        List.of(
            "not json",
            "{\"tags\":\"x\"}",
            "{\"tags\":[1,{},[]]}",
            "[]",
            "{\"tags\":[\"../x\",\"a b\",\"-x\",\".x\",\"a\\u001b[2J\",\""
                + "t".repeat(200)
                + "\"]}")) {
      RegistryScript script = new RegistryScript();
      script.tags = request -> RegistryScript.json(tagList);
      all.add(new Scenario("tag list " + abbreviate(tagList), script, true));
    }
    RegistryScript endlessPages = new RegistryScript();
    endlessPages.tags =
        request ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Link", "</v2/team/app/tags/list?n=1&last=a>; rel=\"next\"")
                .body("{\"tags\":[\"a\"]}")
                .build();
    all.add(new Scenario("tag list whose next page is itself", endlessPages, true));
    return all;
  }

  private static Scenario manifestScenario(
      String name, Function<RecordedRequest, MockResponse> answer) {
    RegistryScript script = new RegistryScript();
    script.manifest = answer;
    return new Scenario(name, script, false);
  }

  /** The ping and every later request get the same answer. */
  private static Scenario pingScenario(
      String name, Function<RecordedRequest, MockResponse> answer) {
    RegistryScript script = new RegistryScript();
    script.ping = answer;
    script.manifest = answer;
    return new Scenario(name, script, false);
  }

  /** Pings ask for a bearer token from {@code /token} on the registry itself. */
  private static RegistryScript bearerScript(String self) {
    RegistryScript script = new RegistryScript();
    script.ping =
        request ->
            new MockResponse.Builder()
                .code(401)
                .setHeader(
                    "WWW-Authenticate", "Bearer realm=\"" + self + "/token\",service=\"registry\"")
                .build();
    script.manifest =
        request ->
            request.getHeaders().get("Authorization") == null
                ? script.ping.apply(request)
                : RegistryScript.manifest(
                    RegistryScript.MANIFEST.getBytes(StandardCharsets.UTF_8),
                    MediaTypes.OCI_MANIFEST);
    return script;
  }

  private static byte[] index(String childDigest, String architecture) {
    return ("{\"schemaVersion\":2,\"mediaType\":\""
            + MediaTypes.OCI_INDEX
            + "\",\"manifests\":[{\"mediaType\":\""
            + MediaTypes.OCI_MANIFEST
            + "\",\"size\":"
            + RegistryScript.MANIFEST.length()
            + ",\"digest\":\""
            + childDigest
            + "\",\"platform\":{\"os\":\"linux\",\"architecture\":\""
            + architecture
            + "\"}}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Byte flips, cuts, duplications and splices of JSON punctuation. */
  private static byte[] mutate(Random random, byte[] valid) {
    byte[] bytes = valid.clone();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
        case 2 -> bytes[at] = (byte) "{}[]\":,\\0".charAt(random.nextInt(9));
        default -> {
          byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
      }
    }
    return bytes;
  }

  private static String abbreviate(String text) {
    String shown = text.length() > 30 ? text.substring(0, 30) + "…" : text;
    return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
