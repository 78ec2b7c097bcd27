package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "Scope and mistakes", run as a user runs them ({@code bin/isctl}, a process per
 * command, in a folder of the test's own): kubectl's answers to a mistyped command or flag, help
 * without a command, {@code help COMMAND}, no {@code -V} below the root, {@code resolve NAME}, a
 * store that is not there, and {@code sync} in the current namespace unless {@code -A}.
 */
class CommandLineIT {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  @TempDir Path dir;

  private CliResult isctl(String... args) {
    return Launcher.run(dir, args);
  }

  /** A copy of the bundled example store at ./imagestreams, in namespace myproject. */
  private Launcher inSeed() {
    Fixtures.copyTree(Fixtures.projectRoot().resolve("examples/seed"), dir.resolve("imagestreams"));
    return new Launcher(dir).env("ISCTL_NAMESPACE", "myproject");
  }

  @Test
  void isctlAlone_printsItsHelp_andSucceeds_asKubectlDoes() {
    CliResult alone = isctl();

    assertThat(alone).succeeded().errIsEmpty().outStartsWith("Usage: isctl ");
    assertThat(alone.out()).isEqualTo(isctl("--help").out());
  }

  @Test
  void aMistypedCommand_isKubectlsUnknownCommand_withItsSuggestion() {
    assertThat(isctl("reslove", "web:latest"))
        .failedWith(2)
        .outIsEmpty()
        .errIs(
            "error: unknown command \"reslove\" for \"isctl\"\n\nDid you mean this?\n\tresolve\n");
    assertThat(isctl("set", "image-lookp"))
        .failedWith(2)
        .errIs(
            "error: unknown command \"image-lookp\" for \"isctl set\"\n\nDid you mean this?\n"
                + "\timage-lookup\n");
    assertThat(isctl("frobnicate"))
        .failedWith(2)
        .errIs("error: unknown command \"frobnicate\" for \"isctl\" (see 'isctl --help')\n");
  }

  @Test
  void anUnknownFlag_isKubectlsUnknownFlag() {
    assertThat(isctl("get", "is", "--nosuch=1"))
        .failedWith(2)
        .outIsEmpty()
        .errIs("error: unknown flag: --nosuch (see 'isctl get --help')\n");
    assertThat(isctl("get", "is", "-x"))
        .failedWith(2)
        .errIs("error: unknown shorthand flag: 'x' in -x (see 'isctl get --help')\n");
  }

  @Test
  void help_ofACommand_isItsHelp() {
    CliResult tag = isctl("help", "tag");
    CliResult lookup = isctl("help", "set", "image-lookup");

    assertThat(tag).succeeded().errIsEmpty();
    assertThat(tag.out()).isEqualTo(isctl("tag", "--help").out());
    assertThat(lookup.out()).isEqualTo(isctl("set", "image-lookup", "--help").out());
    assertThat(isctl("help").out()).isEqualTo(isctl("--help").out());
    assertThat(isctl("help", "tga"))
        .failedWith(2)
        .outIsEmpty()
        .errIs("error: unknown command \"tga\" for \"isctl\"\n\nDid you mean this?\n\ttag\n");
  }

  @Test
  void theVersion_isIsctlsAlone_aCommandsDashVIsAnUnknownFlag() {
    CliResult version = isctl("version");

    assertThat(version).succeeded().outStartsWith("isctl ");
    assertThat(isctl("-V").out()).isEqualTo(version.out());
    assertThat(isctl("tag", "-V"))
        .failedWith(2)
        .outIsEmpty()
        .errIs("error: unknown shorthand flag: 'V' in -V (see 'isctl tag --help')\n");
    assertThat(isctl("tag", "--help").out()).doesNotContain("--version");
  }

  @Test
  void resolveName_isNameLatest_asAPodsImageName() {
    Launcher seed = inSeed();
    seed.exec("tag", "--alias", "myimage-ref-source:mytag", "myimage-ref-source:latest");

    CliResult bare = seed.exec("resolve", "myimage-ref-source");
    CliResult colon = seed.exec("resolve", "myimage-ref-source:");
    CliResult latest = seed.exec("resolve", "myimage-ref-source:latest");

    assertThat(latest).succeeded().outContains("@sha256:");
    assertThat(bare).succeeded().outIs(latest.out());
    assertThat(colon).succeeded().outIs(latest.out());
    assertThat(seed.exec("resolve", "myimage-internal"))
        .failedWith(1)
        .outIsEmpty()
        .errContains("myimage-internal:latest");
  }

  @Test
  void aStoreThatIsNotThere_isAnErrorForReads_notAnEmptyStore() throws IOException {
    assertThat(isctl("get", "is"))
        .failedWith(1)
        .outIsEmpty()
        .errIs(
            "error: the store "
                + dir.resolve("imagestreams")
                + " does not exist (no --store or $ISCTL_STORE, and no ./imagestreams here)\n");
    assertThat(isctl("--store", "nosuch", "resolve", "web:v1"))
        .failedWith(1)
        .errIs("error: the store " + dir.resolve("nosuch") + " does not exist (--store)\n");
    assertThat(
            new Launcher(dir)
                .env("ISCTL_STORE", dir.resolve("elsewhere").toString())
                .exec("describe", "is", "web"))
        .failedWith(1)
        .errIs("error: the store " + dir.resolve("elsewhere") + " does not exist ($ISCTL_STORE)\n");
    assertThat(isctl("delete", "is", "web")).failedWith(1).errContains("does not exist");
    Files.writeString(dir.resolve("a-file"), "not a store\n");
    assertThat(isctl("--store", "a-file", "tag", "--reference", "docker.io/library/nginx:1", "w:1"))
        .failedWith(1)
        .errIs("error: the store " + dir.resolve("a-file") + " is not a folder (--store)\n");
    assertThat(isctl("project")).failedWith(1).errContains("does not exist");
    assertThat(dir.resolve("imagestreams")).doesNotExist();
  }

  @Test
  void aWriteCreatesTheDefaultStoreAndSaysWhere_orOneNamedByStore_butNotOneNamedByTheEnvironment() {
    CliResult env =
        new Launcher(dir)
            .env("ISCTL_STORE", dir.resolve("elsewhere").toString())
            .exec("--offline", "tag", "docker.io/library/nginx:1.25", "web:v1");
    CliResult byDefault = isctl("--offline", "tag", "docker.io/library/nginx:1.25", "web:v1");
    CliResult named =
        isctl("--store", "named", "--offline", "tag", "docker.io/library/nginx:1.25", "web:v1");

    assertThat(env)
        .failedWith(1)
        .outIsEmpty()
        .errIs(
            "error: the store "
                + dir.resolve("elsewhere")
                + " does not exist ($ISCTL_STORE); isctl creates a new store only where --store "
                + "names it, or as ./imagestreams\n");
    assertThat(dir.resolve("elsewhere")).doesNotExist();
    assertThat(byDefault)
        .succeeded()
        .outIs("Tag web:v1 set to docker.io/library/nginx:1.25.\n")
        .errStartsWith("info: created a new store in " + dir.resolve("imagestreams") + "\n");
    assertThat(dir.resolve("imagestreams/default/web.yaml")).exists();
    assertThat(named).succeeded().errDoesNotContain("created");
    assertThat(dir.resolve("named/default/web.yaml")).exists();
    assertThat(isctl("--offline", "tag", "docker.io/library/nginx:1.25", "web:v2"))
        .succeeded()
        .errDoesNotContain("created");
  }

  @Test
  void sync_actsOnTheCurrentNamespace_andOnEveryOneWithAllNamespaces() {
    String host = REGISTRY.hostPort();
    String digest =
        new TestImages(REGISTRY).schema2("team/app", "v1", TestPlatform.LINUX_AMD64, "cl").digest();
    Path store = dir.resolve("store");
    StoreFiles.markInsecure(store, host);
    Launcher isctl = new Launcher(dir).env("ISCTL_STORE", store.toString());
    isctl.exec("--offline", "-n", "a", "tag", host + "/team/app:v1", "web:v1");
    isctl.exec("--offline", "-n", "b", "tag", host + "/team/app:v1", "web:v1");

    CliResult current = isctl.exec("-n", "a", "sync");
    CliResult again = isctl.exec("-n", "a", "sync");
    CliResult all = isctl.exec("-n", "a", "sync", "-A");

    assertThat(current).succeeded().outIs("a/web:v1: imported " + digest + "\n");
    assertThat(again).succeeded().outIsEmpty();
    assertThat(all).succeeded().outIs("b/web:v1: imported " + digest + "\n");
    assertThat(isctl.exec("sync", "-A", "web"))
        .failedWith(2)
        .errIs(
            "error: a resource cannot be retrieved by name across all namespaces"
                + " (see 'isctl sync --help')\n");
  }
}
