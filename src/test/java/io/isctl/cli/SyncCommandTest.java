package io.isctl.cli;

import static io.isctl.testing.Fixtures.INTERNAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.registry.RequestCounter;
import io.isctl.store.FileImageStreamStore;
import io.isctl.testing.ArticleCluster;
import io.isctl.testing.CliResult;
import io.isctl.testing.CliRunner;
import io.isctl.testing.FreePorts;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.PushedImage;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isctl sync} against two loopback registries (Docker Hub's {@code balazsszeti} and the
 * integrated registry, both through mirrors). The registries live for the class, so each test uses
 * its own repositories and namespaces.
 */
class SyncCommandTest {
  @RegisterExtension static final LocalRegistry HUB = LocalRegistry.open();
  @RegisterExtension static final LocalRegistry INTEGRATED = LocalRegistry.open();

  @TempDir Path dir;
  final ArticleCluster cluster = new ArticleCluster(HUB, INTEGRATED);
  final TestImages hub = cluster.hubImages();
  final TestImages integrated = cluster.integratedImages();
  final RequestCounter requests = new RequestCounter();
  CliRunner isctl;

  @BeforeEach
  void store() {
    isctl =
        new CliRunner(cluster.newStore(dir)).env("ISCTL_NAMESPACE", "myproject").observer(requests);
  }

  @AfterEach
  void nothingLeftLoopback() {
    assertThat(requests.requests())
        .allSatisfy(r -> assertThat(r.url().getHost()).isEqualTo("127.0.0.1"));
  }

  private CliResult ok(String... args) {
    CliResult result = isctl.run(args);
    assertThat(result).as(String.join(" ", args)).succeeded();
    return result;
  }

  private ImageStream stream(String namespace, String name) {
    return new FileImageStreamStore(isctl.store()).find(namespace, name).orElseThrow();
  }

  private List<String> history(String namespace, String name, String tag) {
    return stream(namespace, name).status().tag(tag).orElseThrow().items().stream()
        .map(TagEvent::image)
        .toList();
  }

  /** The requests that reached one registry, as {@code METHOD /path}. */
  private List<String> sentTo(LocalRegistry registry) {
    return requests.requests().stream()
        .filter(r -> (r.url().getHost() + ":" + r.url().getPort()).equals(registry.hostPort()))
        .map(r -> r.method() + " " + r.url().getPath())
        .toList();
  }

  private String resolve(String streamTag) {
    return ok("resolve", streamTag).line();
  }

  @Test
  void movedExternalTag_podKeepsTheOldImageUntilReimported_thenNewestFirst() {
    String first =
        hub.schema2("balazsszeti/moving", "sleeper", TestPlatform.LINUX_AMD64, "moving-1").digest();
    ok("tag", "docker.io/balazsszeti/moving:sleeper", "myproject/app:mytag");
    String second =
        hub.schema2("balazsszeti/moving", "sleeper", TestPlatform.LINUX_AMD64, "moving-2").digest();

    assertThat(ok("sync").out()).isEmpty();
    assertThat(resolve("app:mytag")).isEqualTo("docker.io/balazsszeti/moving@" + first);

    ok("import-image", "app:mytag");

    assertThat(resolve("app:mytag")).isEqualTo("docker.io/balazsszeti/moving@" + second);
    assertThat(history("myproject", "app", "mytag")).containsExactly(second, first);
  }

  @Test
  void scheduledTag_isReimportedBySyncWhenItMoves_andAnUnchangedOneCostsOneHead() {
    String first =
        hub.schema2("balazsszeti/scheduled", "v", TestPlatform.LINUX_AMD64, "scheduled-1").digest();
    assertThat(
            ok("tag", "docker.io/balazsszeti/scheduled:v", "myproject/sched:mytag", "--scheduled")
                .out())
        .isEqualTo(
            "Tag sched:mytag set to import docker.io/balazsszeti/scheduled:v periodically.\n");
    requests.reset();

    assertThat(ok("sync", "-n", "myproject", "sched").out()).isEmpty();
    assertThat(sentTo(HUB))
        .containsExactly("GET /v2/", "HEAD /v2/balazsszeti/scheduled/manifests/v");
    assertThat(ok("sync", "-v", "sched").out()).isEqualTo("myproject/sched:mytag: unchanged\n");
    long generation = stream("myproject", "sched").metadata().generation();

    String second =
        hub.schema2("balazsszeti/scheduled", "v", TestPlatform.LINUX_AMD64, "scheduled-2").digest();

    assertThat(ok("sync", "sched").out())
        .isEqualTo("myproject/sched:mytag: imported " + second + "\n");
    assertThat(history("myproject", "sched", "mytag")).containsExactly(second, first);
    ImageStream after = stream("myproject", "sched");
    assertThat(after.metadata().generation()).isEqualTo(generation + 1);
    assertThat(after.status().latest("mytag").orElseThrow().generation()).isEqualTo(generation + 1);
    assertThat(resolve("sched:mytag")).isEqualTo("docker.io/balazsszeti/scheduled@" + second);
  }

  @Test
  void scheduledManifestList_unchangedCostsOneHead_thanksToTheRememberedChoice()
      throws IOException {
    PushedImage list = hub.dockerManifestList("balazsszeti/multi", "v", "multi");
    ok("tag", "docker.io/balazsszeti/multi:v", "myproject/multi:mytag", "--scheduled");
    assertThat(history("myproject", "multi", "mytag"))
        .containsExactly(list.child("amd64").digest());
    requests.reset();

    assertThat(ok("sync", "multi").out()).isEmpty();
    assertThat(sentTo(HUB)).containsExactly("GET /v2/", "HEAD /v2/balazsszeti/multi/manifests/v");

    // Without the remembered choice the list and the child must be read again to see that nothing
    // changed.
    Files.delete(isctl.store().resolve(".isctl/manifest-lists"));
    requests.reset();
    assertThat(ok("sync", "multi").out()).isEmpty();
    assertThat(sentTo(HUB))
        .containsExactly(
            "GET /v2/",
            "HEAD /v2/balazsszeti/multi/manifests/v",
            "GET /v2/balazsszeti/multi/manifests/v",
            "GET /v2/balazsszeti/multi/manifests/" + list.child("amd64").digest());
    assertThat(Files.readString(isctl.store().resolve(".isctl/manifest-lists")))
        .isEqualTo(list.digest() + " linux/amd64 " + list.child("amd64").digest() + "\n");
    assertThat(Files.readString(isctl.store().resolve(".isctl/.gitignore"))).isEqualTo("*\n");
  }

  @Test
  void scheduledDigestSource_isNotImportedAgainOnceItSucceeded() {
    String digest =
        hub.schema2("balazsszeti/pinned", "v", TestPlatform.LINUX_AMD64, "pinned").digest();
    ok("tag", "docker.io/balazsszeti/pinned@" + digest, "myproject/pinned:mytag", "--scheduled");
    assertThat(history("myproject", "pinned", "mytag")).containsExactly(digest);
    requests.reset();

    assertThat(ok("sync", "-v", "pinned").out()).isEmpty();
    assertThat(sentTo(HUB)).isEmpty();
  }

  @Test
  void pendingTag_isImportedBySync_once() {
    String digest =
        hub.schema2("balazsszeti/pending", "sleeper", TestPlatform.LINUX_AMD64, "pending").digest();
    CliResult offline =
        ok("--offline", "tag", "docker.io/balazsszeti/pending:sleeper", "myproject/pending:mytag");
    assertThat(offline.err()).contains("pending import of docker.io/balazsszeti/pending:sleeper");

    assertThat(ok("sync", "pending").out())
        .isEqualTo("myproject/pending:mytag: imported " + digest + "\n");
    assertThat(ok("sync", "-v", "pending").out()).isEmpty();
    assertThat(resolve("pending:mytag")).isEqualTo("docker.io/balazsszeti/pending@" + digest);
  }

  @Test
  void failedImport_isAConditionAndALineOnStderr_exitOne_andNotRetriedUntilTheTagChanges() {
    ok("--offline", "tag", "docker.io/balazsszeti/hello:nosuch", "myproject/broken:mytag");

    CliResult failed = isctl.run("sync", "broken");

    assertThat(failed)
        .failedWith(1)
        .outIsEmpty()
        .errIs(
            "error: myproject/broken:mytag: dockerimage.image.openshift.io "
                + "\"docker.io/balazsszeti/hello:nosuch\" not found\n");
    TagEventCondition condition =
        stream("myproject", "broken").status().tag("mytag").orElseThrow().conditions().get(0);
    assertThat(condition.type()).isEqualTo("ImportSuccess");
    assertThat(condition.status()).isEqualTo("False");
    assertThat(condition.reason()).isEqualTo("NotFound");
    requests.reset();
    assertThat(ok("sync", "broken").err()).isEmpty();
    assertThat(sentTo(HUB)).isEmpty();
  }

  @Test
  void
      push_createsTheStreamWithStatusOnly_andAMovedTagGetsANewestFirstEntry_andTrackingTagsFollow() {
    String first =
        integrated.schema2("pushes/built", "mytag", TestPlatform.LINUX_AMD64, "build-1").digest();
    assertThat(ok("sync", "-n", "pushes").out())
        .isEqualTo("pushes/built:mytag: " + first + " (pushed)\n");
    ImageStream created = stream("pushes", "built");
    assertThat(created.spec().tags()).isEmpty();
    assertThat(created.metadata().generation()).isEqualTo(1);
    assertThat(created.status().latest("mytag").orElseThrow())
        .isEqualTo(
            new TagEvent(CliRunner.NOW.toString(), INTERNAL + "/pushes/built@" + first, first, 1));
    ok("-n", "pushes", "tag", "--alias", "built:mytag", "built:latest");
    long generation = stream("pushes", "built").metadata().generation();

    String second =
        integrated.schema2("pushes/built", "mytag", TestPlatform.LINUX_AMD64, "build-2").digest();

    assertThat(ok("sync", "-n", "pushes").out())
        .isEqualTo(
            "pushes/built:latest: "
                + second
                + " (follows built:mytag)\n"
                + "pushes/built:mytag: "
                + second
                + " (pushed)\n");
    assertThat(history("pushes", "built", "mytag")).containsExactly(second, first);
    assertThat(history("pushes", "built", "latest")).containsExactly(second, first);
    assertThat(stream("pushes", "built").metadata().generation()).isEqualTo(generation);
    assertThat(ok("-n", "pushes", "resolve", "built:latest").line())
        .isEqualTo(INTERNAL + "/pushes/built@" + second);

    integrated.schema2(
        "pushes/built",
        "mytag",
        TestPlatform.LINUX_AMD64,
        "build-1"); // pushed again: current again
    ok("sync", "-n", "pushes");
    assertThat(history("pushes", "built", "mytag")).containsExactly(first, second, first);
  }

  @Test
  void unchangedPushes_costOneHeadPerTag() {
    integrated.schema2("budget/app", "a", TestPlatform.LINUX_AMD64, "budget-a");
    integrated.schema2("budget/app", "b", TestPlatform.LINUX_AMD64, "budget-b");
    ok("sync", "-n", "budget");
    requests.reset();

    assertThat(ok("sync", "-n", "budget", "-v").out())
        .isEqualTo("budget/app:a: unchanged\nbudget/app:b: unchanged\n");
    // The HEADs are in flight together: they may arrive in either order.
    assertThat(sentTo(INTEGRATED).subList(0, 3))
        .containsExactly("GET /v2/", "GET /v2/_catalog", "GET /v2/budget/app/tags/list");
    assertThat(sentTo(INTEGRATED).subList(3, sentTo(INTEGRATED).size()))
        .containsExactlyInAnyOrder(
            "HEAD /v2/budget/app/manifests/a", "HEAD /v2/budget/app/manifests/b");
  }

  @Test
  void onATerminal_eachStreamIsDrawnInPlace_thenErased_andStdoutIsAsPiped() {
    String a =
        hub.schema2("balazsszeti/progress-a", "v", TestPlatform.LINUX_AMD64, "progress-a").digest();
    String b =
        hub.schema2("balazsszeti/progress-b", "v", TestPlatform.LINUX_AMD64, "progress-b").digest();
    ok("--offline", "tag", "docker.io/balazsszeti/progress-a:v", "progress/a:mytag");
    ok("--offline", "tag", "docker.io/balazsszeti/progress-b:v", "progress/b:mytag");
    ok("--offline", "tag", "docker.io/balazsszeti/hello:nosuch", "progress/c:mytag");

    CliResult result = isctl.stderrTerminal().run("sync", "-n", "progress");

    assertThat(result)
        .failedWith(1)
        .outIs("progress/a:mytag: imported " + a + "\nprogress/b:mytag: imported " + b + "\n")
        .errIs(
            "\r\u001b[Ksyncing 1/3 streams: progress/a"
                + "\r\u001b[Ksyncing 2/3 streams: progress/b\r\u001b[Ksyncing 3/3 streams: progress/c\r\u001b[K"
                + "error: progress/c:mytag: dockerimage.image.openshift.io \"docker.io/balazsszeti/hello:nosuch\" not found\n");
  }

  /**
   * Writes a stream as {@code oc create -f} would get it: a repository to import, no annotation, no
   * status.
   */
  private void createStream(String name, String repository, String specTags) throws IOException {
    Files.createDirectories(isctl.store().resolve("myproject"));
    Files.writeString(
        isctl.store().resolve("myproject/" + name + ".yaml"),
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStream
        metadata:
          name: %s
          namespace: myproject
        spec:
          dockerImageRepository: %s
        %s"""
            .formatted(name, repository, specTags));
  }

  @Test
  void
      dockerImageRepository_neverChecked_isImportedWhole_first50InOpenShiftsOrder_restNamed_thenLeftAlone()
          throws IOException {
    hub.manyTags("balazsszeti/whole", 55); // t000 … t054, one image
    String many =
        hub.schema2("balazsszeti/whole", "t000", TestPlatform.LINUX_AMD64, "many")
            .digest(); // same again
    String latest =
        hub.schema2("balazsszeti/whole", "latest", TestPlatform.LINUX_AMD64, "whole-l").digest();
    String version =
        hub.schema2("balazsszeti/whole", "1.2", TestPlatform.LINUX_AMD64, "whole-12").digest();
    String pinned =
        hub.schema2("balazsszeti/pin", "v", TestPlatform.LINUX_AMD64, "whole-pin").digest();
    createStream(
        "whole",
        "docker.io/balazsszeti/whole",
        """
          tags:
          - name: pinned
            from:
              kind: DockerImage
              name: docker.io/balazsszeti/pin:v
        """);
    // OpenShift's order: latest, then versions, then the rest; 50 imported, t048 … t054 named. Spec
    // tags too.
    Map<String, String> imported =
        new TreeMap<>(Map.of("latest", latest, "1.2", version, "pinned", pinned));
    for (int i = 0; i < 48; i++) {
      imported.put(String.format("t%03d", i), many);
    }

    CliResult first = ok("sync", "whole");

    StringBuilder expected = new StringBuilder();
    imported.forEach(
        (tag, digest) -> expected.append("myproject/whole:" + tag + ": imported " + digest + "\n"));
    assertThat(first.out()).isEqualTo(expected.toString());
    assertThat(first.err())
        .isEqualTo(
            "info: myproject/whole: the remote repository contained 7 additional tags "
                + "which were not imported: t048, t049, t050, t051, t052, t053, t054\n");
    ImageStream stream = stream("myproject", "whole");
    assertThat(stream.metadata().annotations())
        .containsEntry("openshift.io/image.dockerRepositoryCheck", CliRunner.NOW.toString());
    assertThat(stream.spec().tag("t000").orElseThrow().from().name())
        .isEqualTo("docker.io/balazsszeti/whole:t000");
    assertThat(stream.spec().tag("pinned").orElseThrow().from().name())
        .isEqualTo("docker.io/balazsszeti/pin:v");
    assertThat(stream.status().tags()).hasSize(51);
    assertThat(resolve("whole:1.2")).isEqualTo("docker.io/balazsszeti/whole@" + version);

    // Checked once: OpenShift's controller never lists the repository again by itself.
    requests.reset();
    assertThat(ok("sync", "whole").out()).isEmpty();
    assertThat(sentTo(HUB)).isEmpty();

    // Cleared, as 'oc import-image' once did to ask for it: listed again, each unchanged tag (the
    // spec's too) one HEAD.
    Path file = isctl.store().resolve("myproject/whole.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replaceAll("(?m)^    openshift.io/image.dockerRepositoryCheck: .*\n", "")
            .replace("  annotations:\n  ", "  "));
    assertThat(stream("myproject", "whole").metadata().annotations()).isEmpty();
    requests.reset();
    CliResult again = ok("sync", "-v", "whole");
    assertThat(again.out())
        .doesNotContain("imported")
        .contains("myproject/whole:t047: unchanged\n");
    assertThat(sentTo(HUB)).filteredOn(request -> request.startsWith("HEAD ")).hasSize(51);
    assertThat(sentTo(HUB))
        .filteredOn(request -> !request.startsWith("HEAD "))
        .containsExactly("GET /v2/", "GET /v2/balazsszeti/whole/tags/list");
  }

  @Test
  void
      dockerImageRepository_thatCannotBeListed_isAnError_butTheAttemptIsRecorded_asOpenShiftRecordsIt()
          throws IOException {
    createStream("nolist", "docker.io/balazsszeti/nosuchrepo", "");

    CliResult result = isctl.run("sync", "nolist");

    assertThat(result)
        .failedWith(1)
        .outIsEmpty()
        .err()
        .startsWith(
            "error: myproject/nolist: cannot list the tags of docker.io/balazsszeti/"
                + "nosuchrepo: ")
        .contains("NAME_UNKNOWN")
        .hasLineCount(1);
    assertThat(stream("myproject", "nolist").metadata().annotations())
        .containsEntry("openshift.io/image.dockerRepositoryCheck", CliRunner.NOW.toString());
    requests.reset();
    assertThat(ok("sync", "nolist").err()).isEmpty();
    assertThat(sentTo(HUB)).isEmpty();
  }

  @Test
  void dockerImageRepository_withATag_isRefusedAsTheServerRefusesTheImport_andNothingIsWritten()
      throws IOException {
    createStream("tagged", "docker.io/balazsszeti/whole:v1", "");
    byte[] before = Files.readAllBytes(isctl.store().resolve("myproject/tagged.yaml"));

    CliResult result = isctl.run("sync", "tagged");

    assertThat(result)
        .failedWith(1)
        .errIs(
            "error: myproject/tagged: spec.dockerImageRepository "
                + "\"docker.io/balazsszeti/whole:v1\": you must specify an image repository, not a tag or ID\n");
    assertThat(Files.readAllBytes(isctl.store().resolve("myproject/tagged.yaml")))
        .isEqualTo(before);
    assertThat(sentTo(HUB)).isEmpty();
  }

  @Test
  void names_limitToThoseStreamsOfTheCurrentNamespace_noNamesMeansItAll_andAllNamespacesEvery() {
    String one = integrated.schema2("scope-a/one", "v", TestPlatform.LINUX_AMD64, "one").digest();
    String two = integrated.schema2("scope-a/two", "v", TestPlatform.LINUX_AMD64, "two").digest();
    String other =
        integrated.schema2("scope-b/other", "v", TestPlatform.LINUX_AMD64, "other").digest();

    assertThat(ok("-n", "scope-a", "sync", "one").out())
        .isEqualTo("scope-a/one:v: " + one + " (pushed)\n");
    assertThat(ok("sync", "-n", "scope-a").out())
        .isEqualTo("scope-a/two:v: " + two + " (pushed)\n");
    assertThat(ok("sync", "-n", "scope-a").out()).isEmpty();
    assertThat(new FileImageStreamStore(isctl.store()).names("scope-b")).isEmpty();
    assertThat(ok("sync", "-A", "-n", "scope-a").out())
        .contains("scope-b/other:v: " + other + " (pushed)\n")
        .doesNotContain("scope-a/");
    assertThat(new FileImageStreamStore(isctl.store()).names("scope-b")).containsExactly("other");
  }

  @Test
  void aDamagedStreamFile_isOneError_andTheOtherStreamsAreStillSynced() throws IOException {
    String digest =
        hub.schema2("balazsszeti/sturdy", "v", TestPlatform.LINUX_AMD64, "sturdy").digest();
    ok("--offline", "tag", "docker.io/balazsszeti/sturdy:v", "damaged/zzz:mytag");
    Files.writeString(isctl.store().resolve("damaged/aaa.yaml"), "kind: ImageStream\nspec: [\n");

    CliResult result = isctl.run("sync", "-n", "damaged");

    assertThat(result)
        .failedWith(1)
        .outIs("damaged/zzz:mytag: imported " + digest + "\n")
        .err()
        .startsWith("error: damaged/aaa: ")
        .doesNotContain("\n\n")
        .hasLineCount(1);
  }

  @Test
  void unknownName_isNotFound_exitOne() {
    CliResult result = isctl.run("sync", "nosuch");

    assertThat(result)
        .failedWith(1)
        .errIs("error: imagestreams.image.openshift.io \"nosuch\" not found\n");
  }

  @Test
  void offline_refuses() {
    CliResult result = isctl.run("--offline", "sync");

    assertThat(result)
        .failedWith(1)
        .errIs("error: sync needs the registries; it cannot run with --offline\n");
  }

  @Test
  void withoutAMirrorForTheIntegratedRegistry_pushesAreNotLookedFor_andVerboseSaysWhy()
      throws IOException {
    Files.writeString(
        isctl.store().resolve("config.yaml"),
        "apiVersion: config.openshift.io/v1\nkind: Image\n"
            + "metadata:\n  name: cluster\nstatus:\n  internalRegistryHostname: "
            + INTERNAL
            + "\n");

    CliResult result = ok("sync", "-v");

    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "info: pushes were not looked for: config.yaml names no ImageTagMirrorSet "
                + "mirror for the integrated registry "
                + INTERNAL
                + "\n");
    assertThat(requests.requests()).isEmpty();
  }

  @Test
  void unreachableIntegratedRegistry_isAnError_butImportsStillHappen() throws IOException {
    String digest =
        hub.schema2("balazsszeti/reachable", "v", TestPlatform.LINUX_AMD64, "reachable").digest();
    int closed = FreePorts.pick();
    Files.writeString(
        isctl.store().resolve("config.yaml"),
        cluster.configYaml().replace(INTEGRATED.hostPort(), "127.0.0.1:" + closed));
    ok("--offline", "tag", "docker.io/balazsszeti/reachable:v", "myproject/reachable:mytag");

    CliResult result = isctl.run("sync");

    assertThat(result)
        .failedWith(1)
        .outIs("myproject/reachable:mytag: imported " + digest + "\n")
        .errStartsWith(
            "error: cannot list the repositories of the integrated registry at 127.0.0.1:"
                + closed
                + ": ");
  }

  @Test
  void interval_mustBeAPositiveDuration() {
    CliResult zero = isctl.run("sync", "--watch", "--interval=0s");
    CliResult word = isctl.run("sync", "--watch", "--interval=soon");

    assertThat(zero).failedWith(2).errContains("invalid duration \"0s\": must be more than 0");
    assertThat(word).failedWith(2).errContains("invalid duration \"soon\"");
    assertThat(requests.requests()).isEmpty();
  }
}
