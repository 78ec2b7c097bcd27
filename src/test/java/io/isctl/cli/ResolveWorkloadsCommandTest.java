package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolve -f} and {@code set image-lookup -f} through the command line. */
class ResolveWorkloadsCommandTest {
  static final String SOURCE = Fixtures.EXTERNAL_BY_DIGEST;
  static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          metadata:
            annotations:
              alpha.image.policy.openshift.io/resolve-names: '*'
          spec:
            containers:
            - name: web
              image: myimage-ref-source:mytag  # from the stream
            - name: broken
              image: myimage-reference:nosuchtag
      """;

  @TempDir Path dir;
  CliRunner isctl;
  Path k8s;

  @BeforeEach
  void setUp() throws Exception {
    isctl = new CliRunner(Fixtures.seedStore(dir)).env("ISCTL_NAMESPACE", "myproject");
    k8s = Files.createDirectories(dir.resolve("k8s"));
  }

  Path write(String name, String text) throws Exception {
    return Files.writeString(k8s.resolve(name), text);
  }

  @Test
  void printsTheResolvedYaml_andReportsTheUnresolvedOnStderr() throws Exception {
    write("web.yaml", DEPLOYMENT);
    CliResult result = isctl.run("resolve", "-f", "k8s/web.yaml");
    assertThat(result)
        .succeeded()
        .outIs(
            DEPLOYMENT
                .replace("image: myimage-ref-source:mytag", "image: " + SOURCE)
                .replace(
                    "myimage-reference:nosuchtag",
                    Fixtures.INTERNAL + "/myproject/myimage-reference:nosuchtag"))
        .errIsEmpty();
  }

  @Test
  void strict_failsOnUnresolvedImages_andWritesNothing() throws Exception {
    Path file = write("web.yaml", DEPLOYMENT.replace("resolve-names: '*'", "other: x"));
    CliResult result = isctl.run("resolve", "-f", "k8s", "--in-place", "--strict");
    assertThat(result)
        .failedWith(1)
        .outIsEmpty()
        .errStartsWith(
            "k8s/web.yaml: Deployment/web container web: myimage-ref-source:mytag: "
                + "image stream myproject/myimage-ref-source does not allow local references")
        .errContains("error: 2 images or triggers could not be resolved (--strict)");
    assertThat(Files.readString(file))
        .isEqualTo(DEPLOYMENT.replace("resolve-names: '*'", "other: x"));
    // Without --strict the same run succeeds, still reporting.
    CliResult lenient = isctl.run("resolve", "-f", "k8s");
    assertThat(lenient).succeeded();
    assertThat(lenient.err().lines()).hasSize(2);
  }

  @Test
  void inPlace_rewritesOnlyTheFilesThatChange() throws Exception {
    Path changed = write("web.yaml", DEPLOYMENT);
    Path same =
        write(
            "other.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n"
                + "  - {name: c, image: nginx}\n");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(same, old);
    CliResult result = isctl.run("resolve", "-f", "k8s", "--in-place");
    assertThat(result).succeeded().outIsEmpty();
    assertThat(Files.readString(changed)).contains("image: " + SOURCE + "  # from the stream");
    assertThat(Files.getLastModifiedTime(same)).isEqualTo(old);
    try (Stream<Path> files = Files.list(k8s)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("web.yaml", "other.yaml");
    }
  }

  @Test
  void realWorldManifestsWithoutStreams_roundTripByteForByte() throws Exception {
    Path source = Fixtures.projectRoot().resolve("src/test/resources/io/isctl/workload/realworld");
    Fixtures.copyTree(source, k8s);
    List<Path> files;
    try (Stream<Path> list = Files.list(k8s)) {
      files = list.sorted().toList();
    }
    for (Path file : files) {
      CliResult one = isctl.run("resolve", "-f", "k8s/" + file.getFileName(), "--strict");
      assertThat(one).succeeded().out().as(file.toString()).isEqualTo(Files.readString(file));
    }
    CliResult all = isctl.run("resolve", "-f", "k8s", "--in-place", "--strict");
    assertThat(all).succeeded();
    for (Path file : files) {
      assertThat(Files.readAllBytes(file))
          .isEqualTo(Files.readAllBytes(source.resolve(file.getFileName())));
    }
  }

  @Test
  void stdin_andJson_andExplain() throws Exception {
    CliResult json = isctl.stdin(DEPLOYMENT).run("resolve", "-f", "-", "-o", "json");
    assertThat(json).succeeded();
    var tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.at("/containers/0/file").asText()).isEqualTo("-");
    assertThat(tree.at("/containers/0/resolved").asText()).isEqualTo(SOURCE);
    assertThat(tree.at("/containers/0/steps/0/rule").asText())
        .isEqualTo("resolve-names annotation");
    assertThat(tree.at("/containers/0/status").asText()).isEqualTo("changed");

    CliResult explain = isctl.stdin(DEPLOYMENT).run("resolve", "-f", "-", "--explain");
    assertThat(explain.out())
        .startsWith(
            "-: Deployment/web (namespace myproject)\n"
                + "  container web: myimage-ref-source:mytag -> "
                + SOURCE
                + "\n"
                + "    lookup: resolve-names annotation: ");
  }

  @Test
  void badCombinations_areUsageErrors() throws Exception {
    write("web.yaml", DEPLOYMENT);
    assertThat(isctl.run("resolve", "myimage-ref-source:mytag", "-f", "k8s")).failedWith(2);
    assertThat(isctl.run("resolve", "myimage-ref-source:mytag", "--in-place")).failedWith(2);
    assertThat(isctl.run("resolve", "-f", "k8s", "--via=lookup")).failedWith(2);
    assertThat(isctl.run("resolve")).failedWith(2);
    // The positional form is unchanged.
    assertThat(isctl.run("resolve", "myimage-ref-source:mytag").line()).isEqualTo(SOURCE);
  }

  @Test
  void badInput_isExit1_namingFileAndField() throws Exception {
    write(
        "bad.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: 3}]}\n");
    CliResult result = isctl.run("resolve", "-f", "k8s/bad.yaml");
    assertThat(result)
        .failedWith(1)
        .errIs("error: k8s/bad.yaml: Pod/p: spec.containers[0].image: must be a string\n");
    assertThat(isctl.run("resolve", "-f", "k8s/missing.yaml").err())
        .isEqualTo("error: the path \"k8s/missing.yaml\" does not exist\n");
  }

  @Test
  void setImageLookup_files() throws Exception {
    String plain =
        DEPLOYMENT.replace(
            "    metadata:\n      annotations:\n        alpha.image.policy.openshift.io/"
                + "resolve-names: '*'\n",
            "");
    Path file = write("web.yaml", plain);
    CliResult list = isctl.run("set", "image-lookup", "-f", "k8s", "--list");
    assertThat(list.out()).isEqualTo("NAME             LOCAL\ndeployments/web  false\n");
    // With -o, --list prints the objects it reads, unchanged.
    assertThat(isctl.run("set", "image-lookup", "-f", "k8s", "--list", "-o", "name").out())
        .isEqualTo("deployment.apps/web\n");
    assertThat(isctl.run("set", "image-lookup", "-f", "k8s", "--list", "-o", "yaml").out())
        .isEqualTo(plain);

    CliResult printed = isctl.run("set", "image-lookup", "-f", "k8s/web.yaml");
    assertThat(printed.out())
        .contains(
            "    metadata:\n      annotations:\n        alpha.image.policy.openshift.io/"
                + "resolve-names: '*'\n    spec:\n");
    assertThat(Files.readString(file)).isEqualTo(plain);

    CliResult inPlace = isctl.run("set", "image-lookup", "-f", "k8s", "--in-place");
    assertThat(inPlace.out()).isEqualTo("deployment.apps/web image lookup updated\n");
    assertThat(isctl.run("set", "image-lookup", "-f", "k8s", "--in-place").out()).isEmpty();
    assertThat(isctl.run("set", "image-lookup", "-f", "k8s", "--list").out())
        .contains("deployments/web  true");
    assertThat(isctl.run("set", "image-lookup", "-f", "k8s", "--in-place", "--enabled=false").out())
        .isEqualTo("deployment.apps/web image lookup updated\n");
    assertThat(Files.readString(file)).isEqualTo(plain);
    assertThat(isctl.run("set", "image-lookup", "web", "-f", "k8s")).failedWith(2);
  }
}
