package io.isctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code get} with kubectl's selection and output flags, over the article's store: what a user who
 * knows kubectl types, and what kubectl would print.
 */
class GetOutputTest {
  @TempDir Path dir;
  CliRunner isctl;

  @BeforeEach
  void seed() {
    isctl = new CliRunner(Fixtures.seedStore(dir)).env("ISCTL_NAMESPACE", "myproject");
  }

  @Test
  void jsonPath_overTheList_asKubectlPrintsIt_withoutANewline() {
    assertThat(isctl.run("get", "is", "-o", "jsonpath={.items[*].metadata.name}"))
        .succeeded()
        .outIs("myimage-internal myimage-ref-local myimage-ref-source myimage-reference")
        .errIsEmpty();
  }

  @Test
  void jsonPath_rangeAndFilter_overTags() {
    assertThat(
            isctl.run(
                "get",
                "istag",
                "-o",
                "jsonpath={range .items[?(@.tag.from.kind==\"DockerImage\")]}{.metadata.name}{\"\\n\"}{end}"))
        .succeeded()
        .outIs("myimage-ref-local:mytag\nmyimage-ref-source:mytag\n");
  }

  @Test
  void jsonPath_ofOneNamedObject_readsTheObject_notAList() {
    assertThat(
            isctl.run("get", "is", "myimage-internal", "-o", "jsonpath={.metadata.labels.build}"))
        .succeeded()
        .outIs("myimage-internal");
    assertThat(isctl.run("get", "istag", "myimage-internal:mytag", "-o", "jsonpath={.kind}"))
        .succeeded()
        .outIs("ImageStreamTag");
  }

  @Test
  void jsonPathFile_andJsonPathAsJson() throws Exception {
    Path template = Files.writeString(dir.resolve("names.jsonpath"), "{.items[*].metadata.name}");

    assertThat(isctl.run("get", "is", "-l", "build", "-o", "jsonpath-file=" + template))
        .succeeded()
        .outIs("myimage-internal");
    assertThat(isctl.run("get", "is", "-l", "build", "-o", "jsonpath-as-json={.items[*].kind}"))
        .succeeded()
        .outIs("[\n    \"ImageStream\"\n]\n");
  }

  @Test
  void jsonPath_thatCannotBeRead_isExit2_andOneThatFailsOnTheData_isExit1() {
    assertThat(isctl.run("get", "is", "-o", "jsonpath={.items[0"))
        .failedWith(2)
        .outIsEmpty()
        .errIs(
            "error: error parsing jsonpath {.items[0, unterminated array (see 'isctl get --help')\n");
    assertThat(isctl.run("get", "is", "-o", "jsonpath={.items[9].metadata.name}"))
        .failedWith(1)
        .outIsEmpty()
        .errIs(
            "error: error executing jsonpath \"{.items[9].metadata.name}\": array index out of"
                + " bounds: index 9, length 4\n");
    assertThat(isctl.run("get", "is", "-o", "jsonpath="))
        .failedWith(2)
        .errContains("template format specified but no template given");
  }

  @Test
  void goTemplate_isRefused_namingJsonPath() {
    for (String format : new String[] {"go-template={{.kind}}", "go-template-file=t", "template"}) {
      assertThat(isctl.run("get", "is", "-o", format))
          .failedWith(2)
          .outIsEmpty()
          .errContains("isctl has no Go template engine", "use -o jsonpath=TEMPLATE");
    }
  }

  @Test
  void customColumns_sortBy_andNoHeaders() {
    assertThat(
            isctl.run(
                "get",
                "is",
                "-o",
                "custom-columns=NAME:.metadata.name,GEN:.metadata.generation,LABELS:.metadata.labels",
                "--sort-by=.metadata.generation"))
        .succeeded()
        .outIs(
            """
            NAME                 GEN   LABELS
            myimage-internal     1     map[build:myimage-internal]
            myimage-reference    1     <none>
            myimage-ref-local    2     <none>
            myimage-ref-source   2     <none>
            """);
    assertThat(
            isctl.run(
                "get",
                "is",
                "--no-headers",
                "-o",
                "custom-columns=NAME:.metadata.name",
                "-l",
                "!build"))
        .succeeded()
        .outIs("myimage-ref-local\nmyimage-ref-source\nmyimage-reference\n");
  }

  @Test
  void customColumnsFile_hasAHeaderLineAndAPathLine() throws Exception {
    Path columns =
        Files.writeString(
            dir.resolve("columns.txt"), "TAG    IMAGE\n.metadata.name  {.image.metadata.name}\n");

    assertThat(
            isctl.run(
                "get", "istag", "myimage-ref-source:mytag", "-o", "custom-columns-file=" + columns))
        .succeeded()
        .outIs(
            "TAG                        IMAGE\nmyimage-ref-source:mytag   "
                + Fixtures.EXTERNAL_DIGEST
                + "\n");
    assertThat(isctl.run("get", "is", "-o", "custom-columns-file=" + dir.resolve("missing")))
        .failedWith(1)
        .errContains("error reading template " + dir.resolve("missing"));
  }

  @Test
  void showLabels_addsTheLastColumn_andNoHeadersDropsTheHeader() {
    CliResult result = isctl.run("get", "is", "--show-labels", "--no-headers", "-l", "build");

    assertThat(result)
        .succeeded()
        .outIs(
            "myimage-internal   default-route-openshift-image-registry.apps-crc.testing/myproject/"
                + "myimage-internal   mytag   7 years ago   build=myimage-internal\n");
  }

  @Test
  void allNamespaces_putsOcsNamespaceColumnFirst_inNamespaceThenNameOrder() {
    assertThat(isctl.run("-n", "other", "tag", "--reference", "quay.io/a/b:1", "aaa:v1"))
        .succeeded();

    CliResult result = isctl.run("get", "is", "-A", "-o", "custom-columns=NS:.metadata.namespace");
    assertThat(result).succeeded().outIs("NS\nmyproject\nmyproject\nmyproject\nmyproject\nother\n");
    assertThat(isctl.run("get", "is", "-A").out().lines().toList())
        .first()
        .asString()
        .startsWith("NAMESPACE   NAME                 IMAGE REPOSITORY");
    assertThat(isctl.run("get", "is", "-A").out()).contains("\nother       aaa                  ");
  }

  @Test
  void nothingFound_saysSoOnStderr_inTheNamespace_orEverywhereWithA() {
    assertThat(isctl.run("get", "is", "-l", "app=none"))
        .succeeded()
        .outIsEmpty()
        .errIs("No resources found in myproject namespace.\n");
    assertThat(isctl.run("get", "is", "-A", "-l", "app=none"))
        .succeeded()
        .outIsEmpty()
        .errIs("No resources found\n");
    assertThat(isctl.run("get", "is", "-l", "app=none", "-o", "json"))
        .succeeded()
        .outIs(
            "{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n    \"kind\": \"List\",\n"
                + "    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n");
  }

  @Test
  void severalKinds_oneTableEach_namedWithTheirKind() {
    CliResult result = isctl.run("get", "is,istag", "-l", "build");

    assertThat(result).succeeded().errIsEmpty();
    String stream = "imagestream.image.openshift.io/myimage-internal";
    String repository =
        "default-route-openshift-image-registry.apps-crc.testing/myproject/myimage-internal";
    String tag = "imagestreamtag.image.openshift.io/myimage-internal:mytag";
    String reference =
        Fixtures.INTERNAL + "/myproject/myimage-internal@" + Fixtures.INTERNAL_DIGEST;
    // Each column as wide as its widest cell plus 3, a new table after a blank line.
    assertThat(result.out().lines().toList())
        .containsExactly(
            padded("NAME", stream) + padded("IMAGE REPOSITORY", repository) + "TAGS    UPDATED",
            stream + "   " + repository + "   mytag   7 years ago",
            "",
            padded("NAME", tag) + padded("IMAGE REFERENCE", reference) + "UPDATED",
            tag + "   " + reference + "   7 years ago");
  }

  private static String padded(String header, String widest) {
    return header + " ".repeat(widest.length() + 3 - header.length());
  }

  @Test
  void typeSlashName_andSeveralNames_andName() {
    assertThat(
            isctl.run("get", "is/myimage-internal", "istag/myimage-ref-local:mytag", "-o", "name"))
        .succeeded()
        .outIs(
            "imagestream.image.openshift.io/myimage-internal\n"
                + "imagestreamtag.image.openshift.io/myimage-ref-local:mytag\n");
    assertThat(isctl.run("get", "is", "myimage-internal", "myimage-reference", "-o", "name"))
        .succeeded()
        .outIs(
            "imagestream.image.openshift.io/myimage-internal\n"
                + "imagestream.image.openshift.io/myimage-reference\n");
    assertThat(isctl.run("get", "istag", "myimage-internal:mytag", "-o", "name"))
        .succeeded()
        .outIs("imagestreamtag.image.openshift.io/myimage-internal:mytag\n");
    assertThat(isctl.run("get", "is", "is/myimage-internal"))
        .failedWith(2)
        .errContains("there is no need to specify a resource type as a separate argument");
  }

  @Test
  void aNameNotFound_isReported_andTheOthersStillPrint_exit1() {
    CliResult result = isctl.run("get", "is", "myimage-internal", "nosuch", "-o", "name");

    assertThat(result)
        .failedWith(1)
        .outIs("imagestream.image.openshift.io/myimage-internal\n")
        .errIs("error: imagestreams.image.openshift.io \"nosuch\" not found\n");
    // One object asked for: kubectl prints nothing but the error.
    assertThat(isctl.run("get", "is", "nosuch", "-o", "json"))
        .failedWith(1)
        .outIsEmpty()
        .errIs("error: imagestreams.image.openshift.io \"nosuch\" not found\n");
  }

  @Test
  void namesGoWithNeitherAllNamespacesNorASelector() {
    assertThat(isctl.run("get", "is", "myimage-internal", "-A"))
        .failedWith(2)
        .errIs(
            "error: a resource cannot be retrieved by name across all namespaces (see 'isctl get"
                + " --help')\n");
    assertThat(isctl.run("get", "is", "myimage-internal", "-l", "build"))
        .failedWith(2)
        .errContains("name cannot be provided when a selector is specified");
    assertThat(isctl.run("get", "is", "-l", "a b"))
        .failedWith(2)
        .errContains("invalid label selector \"a b\"");
  }

  @Test
  void isimageWithoutAName_isTheServersMethodNotAllowed_asOcShowsIt() {
    assertThat(isctl.run("get", "isimage"))
        .failedWith(1)
        .outIsEmpty()
        .errIs(
            "error: the server does not allow this method on the requested resource (image stream"
                + " images are got by NAME@ID: they cannot be listed)\n");
  }

  @Test
  void sortBy_aFieldNoObjectHas_isOneErrorLine() {
    assertThat(isctl.run("get", "is", "--sort-by=.nosuch"))
        .failedWith(1)
        .outIsEmpty()
        .errIs("error: couldn't find any field with path \"{.nosuch}\" in the list of objects\n");
  }

  @Test
  void jsonPathToATerminal_showsControlCharactersAsEscapes_butAPipeGetsTheBytes() throws Exception {
    Path stream = isctl.store().resolve("myproject/myimage-ref-local.yaml");
    Files.writeString(
        stream,
        Files.readString(stream)
            .replace(
                "openshift.io/image.dockerRepositoryCheck: \"2019-08-08T17:50:46Z\"",
                "note: \"a\\e]52;c;ZXZpbA==\\ab\\tc\""));
    String note = "jsonpath={.metadata.annotations.note}";

    assertThat(
            isctl.run("get", "is", "myimage-ref-local", "-o", "jsonpath={.metadata.annotations}"))
        .succeeded()
        .outIs("{\"note\":\"a\\u001b]52;c;ZXZpbA==\\u0007b\\tc\"}");
    assertThat(isctl.run("get", "is", "myimage-ref-local", "-o", note))
        .succeeded()
        .outIs("a\u001b]52;c;ZXZpbA==\u0007b\tc");
    assertThat(isctl.stdoutTerminal().run("get", "is", "myimage-ref-local", "-o", note))
        .succeeded()
        .outIs("a\\x1b]52;c;ZXZpbA==\\x07b\tc");
  }
}
