package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.registry.ContentDigest;
import io.isctl.registry.MediaTypes;
import io.isctl.testing.CliResult;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.Launcher;
import io.isctl.testing.RegistryScript;
import io.isctl.testing.StoreFiles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that lies, echoes and never stops talking, on loopback, against {@code bin/isctl} as a
 * process: what it echoes of the credentials never reaches the terminal or the store, endless
 * answers are cut with one line, and what is stored can be read back.
 */
class HostileRegistryIT {
  private static final String USER = "bob";
  private static final String PASSWORD = "s3cr3t+/pw=with space";
  private static final String BASIC =
      Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  @TempDir Path dir;
  private FaultyRegistry registry;
  private Path store;
  private Launcher isctl;

  @BeforeEach
  void start() throws Exception {
    registry = FaultyRegistry.start();
    store = Files.createDirectories(dir.resolve("store"));
    StoreFiles.markInsecure(store, registry.hostPort());
    Path auth = dir.resolve("auth.json");
    Files.writeString(
        auth, "{\"auths\":{\"" + registry.hostPort() + "\":{\"auth\":\"" + BASIC + "\"}}}");
    isctl =
        new Launcher(dir)
            .env("ISCTL_STORE", store.toString())
            .env("ISCTL_NAMESPACE", "team")
            .env("REGISTRY_AUTH_FILE", auth.toString())
            .env("HOME", dir.toString());
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void echoedCredentials_inEveryForm_reachNeitherTheTerminalNorTheStore() throws Exception {
    RegistryScript script = new RegistryScript();
    script.ping =
        request ->
            request.getHeaders().get("Authorization") == null
                ? new MockResponse.Builder()
                    .code(401)
                    .setHeader("WWW-Authenticate", "Basic realm=\"registry\"")
                    .build()
                : new MockResponse.Builder().code(200).body("{}").build();
    script.manifest = request -> echo(request.getHeaders().get("Authorization"));
    registry.answer(script::answer);

    List<CliResult> runs = new ArrayList<>();
    for (String loglevel : List.of("0", "6", "8")) {
      runs.add(
          isctl.exec(
              "import-image",
              "app:1",
              "--from=" + registry.hostPort() + "/team/app:1",
              "--confirm",
              "--loglevel=" + loglevel));
    }
    runs.add(isctl.exec("describe", "is", "app"));
    runs.add(isctl.exec("get", "is", "app", "-o", "json"));

    assertThat(runs.get(0).exitCode()).isEqualTo(1);
    assertThat(runs.get(2).err()).contains("Authorization: Basic REDACTED").contains("X-Echo");
    for (CliResult run : runs) {
      assertNoSecret(run.out() + run.err());
    }
    for (byte[] file : StoreFiles.snapshot(store).values()) {
      assertNoSecret(new String(file, StandardCharsets.UTF_8));
    }
  }

  /** A 500 whose headers and body carry what was sent, raw, percent-encoded and JSON-escaped. */
  private static MockResponse echo(String authorization) {
    String sent = authorization == null ? "" : authorization;
    String percent = URLEncoder.encode(sent, StandardCharsets.UTF_8).replace("+", "%20");
    String json = sent.replace("/", "\\/").replace("+", "\\u002b").replace("=", "\\u003d");
    String body =
        "{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"got "
            + percent
            + " aka "
            + json
            + " and "
            + PASSWORD.replace("/", "\\/")
            + "\"}]}";
    return new MockResponse.Builder()
        .code(500)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Echo", sent)
        .setHeader("X-Echo-Encoded", percent.toLowerCase())
        .setHeader("WWW-Authenticate", "Bearer error_description=\"" + sent + "\"")
        .body(body)
        .build();
  }

  private static void assertNoSecret(String text) {
    String percentBasic = URLEncoder.encode(BASIC, StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain(BASIC)
        .doesNotContain(BASIC.substring(0, 12))
        .doesNotContain(percentBasic)
        .doesNotContain(percentBasic.toLowerCase())
        .doesNotContain(BASIC.replace("/", "\\/"))
        .doesNotContain(PASSWORD)
        .doesNotContain("s3cr3t");
  }

  @Test
  void anEndlessTagList_isCutWithOneLine() {
    AtomicInteger pages = new AtomicInteger();
    RegistryScript script = new RegistryScript();
    script.tags =
        request -> {
          int page = pages.incrementAndGet();
          String tags =
              IntStream.range(0, 50_000)
                  .mapToObj(i -> "\"p" + page + "-" + i + "\"")
                  .collect(Collectors.joining(","));
          return new MockResponse.Builder()
              .code(200)
              .setHeader("Content-Type", "application/json")
              .setHeader(
                  "Link", "</v2/team/app/tags/list?n=50000&last=p" + page + ">; rel=\"next\"")
              .body("{\"name\":\"team/app\",\"tags\":[" + tags + "]}")
              .build();
        };
    registry.answer(script::answer);

    CliResult result =
        isctl.exec(
            "import-image",
            "app",
            "--from=" + registry.hostPort() + "/team/app",
            "--all",
            "--confirm");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .endsWith(": more than 100000 tags; giving up after 3 pages and 150000 tags\n")
        .hasLineCount(1);
    assertThat(pages.get()).isEqualTo(3);
  }

  @Test
  void anIndexNamingOneManifestTenThousandTimes_fetchesItOnce() {
    byte[] child = RegistryScript.MANIFEST.getBytes(StandardCharsets.UTF_8);
    String childDigest = ContentDigest.sha256(child).toString();
    String entry =
        "{\"mediaType\":\""
            + MediaTypes.OCI_MANIFEST
            + "\",\"size\":"
            + child.length
            + ",\"digest\":\""
            + childDigest
            + "\",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}";
    byte[] index =
        ("{\"schemaVersion\":2,\"mediaType\":\""
                + MediaTypes.OCI_INDEX
                + "\",\"manifests\":["
                + String.join(",", java.util.Collections.nCopies(10_000, entry))
                + "]}")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, AtomicInteger> asked = new java.util.concurrent.ConcurrentHashMap<>();
    RegistryScript script = new RegistryScript();
    script.manifest =
        request -> {
          String reference = request.getUrl().encodedPath().replaceAll(".*/manifests/", "");
          asked.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
          return reference.equals(childDigest)
              ? RegistryScript.manifest(child, MediaTypes.OCI_MANIFEST)
              : RegistryScript.manifest(index, MediaTypes.OCI_INDEX);
        };
    registry.answer(script::answer);

    CliResult result =
        isctl.exec(
            "import-image",
            "app:1",
            "--from=" + registry.hostPort() + "/team/app:1",
            "--import-mode=PreserveOriginal",
            "--confirm");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(asked.get(childDigest)).hasValue(1);
  }

  @Test
  void aHugeChallenge_givesAShortLine_andAStoreThatReadsBack() {
    String huge = "A".repeat(200_000);
    RegistryScript script = new RegistryScript();
    script.ping =
        request ->
            new MockResponse.Builder()
                .code(401)
                .setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"https://169.254.169.254/" + huge + "\",service=\"x\"")
                .build();
    registry.answer(script::answer);

    CliResult imported =
        isctl.exec(
            "import-image", "app:1", "--from=" + registry.hostPort() + "/team/app:1", "--confirm");
    CliResult readBack = isctl.exec("get", "is", "app", "-o", "yaml");

    System.out.println(
        +imported.err().length()
            + " "
            + imported.err().substring(0, Math.min(600, imported.err().length())));
    assertThat(imported.exitCode()).isEqualTo(1);
    assertThat(imported.err().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(1200));
    assertThat(readBack.exitCode()).as(readBack.err()).isZero();
    assertThat(readBack.out()).contains("ImportSuccess").hasSizeLessThan(10_000);
  }
}
