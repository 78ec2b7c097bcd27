package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o json|yaml|name} means the same wherever it is offered: the objects, in kubectl's form;
 * and a failure prints no document, only its error line (README, "Output formats").
 */
class OutputFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  CliRunner isctl;

  @BeforeEach
  void seed() {
    isctl = new CliRunner(Fixtures.seedStore(dir)).env("ISCTL_NAMESPACE", "myproject");
  }

  @Test
  void resolveJson_failingForAMissingStreamOrAMissingTag_printsNothing() {
    assertThat(isctl.run("resolve", "nosuch:v1", "-o", "json"))
        .failedWith(1)
        .outIsEmpty()
        .errIs("error: imagestreams.image.openshift.io \"nosuch\" not found\n");
    assertThat(isctl.run("resolve", "myimage-internal:nosuch", "-o", "json"))
        .failedWith(1)
        .outIsEmpty()
        .errContains("error: ");
    assertThat(isctl.run("resolve", "myimage-internal:nosuch", "--explain", "-o", "json"))
        .failedWith(1)
        .outIsEmpty();
  }

  @Test
  void resolveJson_thatSucceeds_isOneDocument() throws Exception {
    CliResult result = isctl.run("resolve", "myimage-ref-source:mytag", "-o", "json");

    assertThat(result).succeeded().errIsEmpty();
    JsonNode answer = JSON.readTree(result.out());
    assertThat(answer.get("resolved").asBoolean()).isTrue();
    assertThat(answer.get("image").asText()).isEqualTo(Fixtures.EXTERNAL_BY_DIGEST);
  }

  @Test
  void imageLookupList_withOutput_printsTheListedStreams_asGetDoes() throws Exception {
    CliResult json = isctl.run("set", "image-lookup", "--list", "-o", "json");
    assertThat(json).succeeded();
    assertThat(json.out()).isEqualTo(isctl.run("get", "is", "-o", "json").out());

    assertThat(isctl.run("set", "image-lookup", "--list", "myimage-internal", "-o", "yaml"))
        .succeeded()
        .outIs(isctl.run("get", "is", "myimage-internal", "-o", "yaml").out());
    assertThat(isctl.run("set", "image-lookup", "--list", "myimage-internal", "-o", "name"))
        .succeeded()
        .outIs("imagestream.image.openshift.io/myimage-internal\n");
  }

  @Test
  void imageLookupList_withoutOutput_isOcsNarrowTable() {
    assertThat(isctl.run("set", "image-lookup", "--list"))
        .succeeded()
        .outIs(
            """
            NAME                LOCAL
            myimage-internal    false
            myimage-ref-local   false
            myimage-ref-source  false
            myimage-reference   false
            """);
  }

  @Test
  void versionJsonAndYaml_areKubectlsClientVersion() throws Exception {
    CliResult json = isctl.runRaw("version", "-o", "json");

    assertThat(json).succeeded().outStartsWith("{\n  \"clientVersion\": {\n    \"major\": ");
    JsonNode client = JSON.readTree(json.out()).get("clientVersion");
    assertThat(client.get("gitVersion").asText()).isNotEmpty();
    assertThat(client.get("platform").asText()).matches("[a-z0-9]+/[a-z0-9_]+");
    assertThat(client.get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));

    CliResult yaml = isctl.runRaw("version", "-o", "yaml");
    assertThat(yaml)
        .succeeded()
        .outStartsWith("clientVersion:\n  gitVersion: ")
        .outContains("\n  platform: " + client.get("platform").asText() + "\n");
    assertThat(isctl.runRaw("version", "-o", "wide"))
        .failedWith(2)
        .errIs("error: --output must be 'yaml' or 'json' (see 'isctl version --help')\n");
  }
}
