package io.isctl.it;

import static io.isctl.testing.Fixtures.EXTERNAL_BY_DIGEST;
import static io.isctl.testing.Fixtures.EXTERNAL_TAG;
import static io.isctl.testing.Fixtures.INTERNAL;
import static io.isctl.testing.Fixtures.INTERNAL_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/isctl} run as a process, as users and scripts run it. */
class LauncherIT {
  @TempDir Path dir;

  @Test
  void readmeFirstCommand_showsEveryTagsPodImage() {
    CliResult result =
        Launcher.run(
            Fixtures.projectRoot(),
            "--store",
            "examples/seed",
            "-n",
            "myproject",
            "get",
            "is",
            "-o",
            "wide");

    assertThat(result)
        .succeeded()
        .outStartsWith("NAME ")
        .outContains("mytag=" + EXTERNAL_BY_DIGEST)
        .outContains("mytag=" + EXTERNAL_TAG)
        .outContains("mytag=" + INTERNAL + "/myproject/myimage-internal@" + INTERNAL_DIGEST);
  }

  @Test
  void tagThenResolve_inAnEmptyStore_throughTheEnvironment() throws Exception {
    Path store = Files.createDirectories(dir.resolve("store"));
    Launcher launcher =
        new Launcher(dir).env("ISCTL_STORE", store.toString()).env("ISCTL_NAMESPACE", "team");

    CliResult tag = launcher.exec("tag", EXTERNAL_TAG, "web:1.0", "--reference");
    CliResult resolve = launcher.exec("resolve", "web:1.0");

    assertThat(tag.out()).isEqualTo("Tag web:1.0 set to " + EXTERNAL_TAG + ".\n");
    assertThat(resolve.out()).isEqualTo(EXTERNAL_TAG + "\n");
    assertThat(Files.readString(store.resolve("team/web.yaml"))).contains("reference: true");
  }

  @Test
  void usageError_exitsTwo_withOneLineAndNoStackTrace_andMakesNoStore() {
    CliResult result =
        new Launcher(dir).exec("tag", "--reference-policy=sideways", EXTERNAL_TAG, "web:1");

    assertThat(result)
        .failedWith(2)
        .outIsEmpty()
        .errIs(
            "error: reference policy must be set to 'source' or 'local' (see 'isctl tag --help')\n");
    assertThat(dir.resolve("imagestreams")).doesNotExist();
  }

  @Test
  void failure_exitsOne_andDebugLevelAddsTheStackTrace() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Launcher launcher = new Launcher(dir).env("ISCTL_STORE", empty.toString());

    CliResult quiet = launcher.exec("resolve", "nosuch:tag");
    CliResult verbose = launcher.exec("resolve", "nosuch:tag", "--loglevel=6");

    assertThat(quiet)
        .failedWith(1)
        .errIs("error: imagestreams.image.openshift.io \"nosuch\" not found\n");
    assertThat(verbose).failedWith(1).errContains("\tat io.isctl.");
  }
}
