package io.isctl.it;

import static io.isctl.testing.Fixtures.EXTERNAL_TAG;
import static io.isctl.testing.Fixtures.INTERNAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.ArticleCluster;
import io.isctl.testing.CliResult;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.TestPlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/isctl} as a process against the article's cluster on loopback: tag, push, sync,
 * resolve.
 */
class SyncIT {
  @RegisterExtension static final LocalRegistry HUB = LocalRegistry.open();
  @RegisterExtension static final LocalRegistry INTEGRATED = LocalRegistry.open();
  @TempDir Path dir;

  @Test
  void tagImports_syncRecordsThePush_andResolveHandsOutBoth() {
    ArticleCluster cluster = new ArticleCluster(HUB, INTEGRATED);
    String external =
        cluster
            .hubImages()
            .schema2("balazsszeti/hello", "sleeper", TestPlatform.LINUX_AMD64, "it")
            .digest();
    Launcher isctl = new Launcher(cluster.newStore(dir));

    CliResult tag = isctl.run("tag", EXTERNAL_TAG, "myimage-ref-source:mytag", "--scheduled");
    String internal =
        cluster
            .integratedImages()
            .schema2("myproject/myimage-internal", "mytag", TestPlatform.LINUX_AMD64, "it-built")
            .digest();
    CliResult sync = isctl.run("sync");
    CliResult quiet = isctl.run("sync");
    CliResult verbose = isctl.run("sync", "--loglevel=1");

    assertThat(tag).succeeded();
    assertThat(sync)
        .succeeded()
        .outIs("myproject/myimage-internal:mytag: " + internal + " (pushed)\n");
    assertThat(quiet.out()).isEmpty();
    assertThat(verbose.out())
        .isEqualTo(
            "myproject/myimage-internal:mytag: unchanged\n"
                + "myproject/myimage-ref-source:mytag: unchanged\n");
    assertThat(isctl.run("resolve", "myimage-ref-source:mytag").out())
        .isEqualTo("docker.io/balazsszeti/hello@" + external + "\n");
    assertThat(isctl.run("resolve", "myimage-internal:mytag").out())
        .isEqualTo(INTERNAL + "/myproject/myimage-internal@" + internal + "\n");
  }

  @Test
  void failedImport_exitsOne_withOneLinePerTagOnStderr() {
    ArticleCluster cluster = new ArticleCluster(HUB, INTEGRATED);
    Launcher isctl = new Launcher(cluster.newStore(dir));
    isctl.run("--offline", "tag", "docker.io/balazsszeti/hello:nosuch", "broken:mytag");

    CliResult sync = isctl.run("sync", "broken");

    assertThat(sync)
        .failedWith(1)
        .outIsEmpty()
        .errIs(
            "error: myproject/broken:mytag: dockerimage.image.openshift.io "
                + "\"docker.io/balazsszeti/hello:nosuch\" not found\n");
  }

  /** bin/isctl on a store in namespace myproject. */
  private record Launcher(Path store) {
    CliResult run(String... args) {
      return new io.isctl.testing.Launcher(store.getParent())
          .env("ISCTL_STORE", store.toString())
          .env("ISCTL_NAMESPACE", "myproject")
          .exec(args);
    }
  }
}
