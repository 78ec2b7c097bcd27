package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import io.isctl.testing.LocalRegistry;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.TestImages;
import io.isctl.testing.TestPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bin/isctl} loads, from the JVM's class-load log: a resolve nothing of the registry
 * code, and a sync of an unchanged tag on a registry remembered as plain HTTP no TLS, no JSON
 * mapper, no date formatter and no record method bootstrap.
 */
class LeanStartIT {
  @RegisterExtension static final LocalRegistry REGISTRY = LocalRegistry.open();

  @TempDir Path dir;

  /** The classes a run loaded, one name a line. */
  private List<String> loadedBy(Path store, String... args) throws IOException {
    return logOf(store, args).stream()
        .map(line -> line.replaceAll("^(\\[[^]]*\\])+ ", "").replaceAll(" source:.*", ""))
        .toList();
  }

  /** The JVM's class-load log of a run: one class a line, with where it came from. */
  private List<String> logOf(Path store, String... args) throws IOException {
    Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
    assertThat(
            new Launcher(dir)
                .env("ISCTL_STORE", store.toString())
                .env("ISCTL_NAMESPACE", "team")
                .env("ISCTL_JAVA_OPTS", "-Xlog:class+load=info:file=" + log)
                .exec(args))
        .succeeded();
    return Files.readAllLines(log);
  }

  /**
   * The front door's lines (a version, a plain resolve, a Tab as the completion scripts send it)
   * build no picocli model (the one picocli interface loaded is the one {@code Cli} implements),
   * and load every class of isctl's and its libraries' from the class-data archive trained on them:
   * none from the jar.
   */
  @Test
  void theFrontDoorsLines_loadNoPicocli_andNothingFromTheJar() throws IOException {
    Path seed = Fixtures.projectRoot().resolve("examples/seed");
    for (List<String> args :
        List.of(
            List.of("version"),
            List.of("resolve", "myproject/myimage-ref-local:mytag"),
            List.of("__complete", "--", "resolve", "myproject/myimage-ref-local:"),
            List.of("__complete", "--", "resolve", ""),
            List.of("__complete", "--", ""))) {
      List<String> log = logOf(seed, args.toArray(String[]::new));
      assertThat(log)
          .as("isctl %s", args)
          .noneMatch(
              line -> line.contains(" picocli.") && !line.contains("picocli.CommandLine$IFactory "))
          .noneMatch(line -> line.contains("source: file:"))
          .anyMatch(line -> line.contains("io.isctl.Main source: shared objects file"));
    }
  }

  /**
   * The commands picocli reads that read the store (get, describe, and resolve -f and set
   * image-lookup -f on workload files) run on the archive made for them: picocli and every other
   * class from it, none from the jars; and they read the triggers annotation's JSON and the
   * manifests' YAML without an {@code ObjectMapper} or java.util.logging (SnakeYAML's {@code Yaml}
   * facade starts it).
   */
  @Test
  void theOtherStoreCommands_loadNothingFromTheJars_norAMapperNorLogging() throws IOException {
    Path seed = Fixtures.projectRoot().resolve("examples/seed");
    String manifests = Fixtures.projectRoot().resolve("examples/gitops/k8s").toString();
    for (List<String> args :
        List.of(
            List.of("-n", "myproject", "get", "is", "-o", "wide"),
            List.of("-n", "myproject", "describe", "is", "myimage-ref-source"),
            List.of("-n", "myproject", "resolve", "-f", manifests),
            List.of("-n", "myproject", "resolve", "--filename=" + manifests, "--explain"),
            List.of("-n", "myproject", "set", "image-lookup", "-f", manifests))) {
      List<String> log = logOf(seed, args.toArray(String[]::new));
      assertThat(log)
          .as("isctl %s", args)
          .anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"))
          .noneMatch(line -> line.contains("source: file:"))
          .noneMatch(line -> line.contains(" com.fasterxml.jackson.databind.ObjectMapper "))
          .noneMatch(line -> line.contains(" java.util.logging."));
    }
  }

  @Test
  void resolve_loadsNoRegistryCode() throws IOException {
    List<String> classes =
        loadedBy(
            Fixtures.projectRoot().resolve("examples/seed"),
            "-n",
            "myproject",
            "resolve",
            "myimage-ref-local:mytag");

    // Only the types the command line's signatures name: no client is made.
    assertThat(classes.stream().filter(c -> c.startsWith("io.isctl.registry.")))
        .allMatch(
            c ->
                c.startsWith("io.isctl.registry.RequestObserver")
                    || List.of(
                            "io.isctl.registry.RegistryClient",
                            "io.isctl.registry.RegistryException",
                            "io.isctl.registry.auth.CredentialStore")
                        .contains(c));
    assertThat(classes)
        .noneMatch(c -> c.startsWith("okhttp3.") || c.startsWith("kotlin."))
        .noneMatch(c -> c.startsWith("sun.security.ssl."))
        .noneMatch(c -> c.startsWith("io.isctl.importer.RegistryLanes"))
        .noneMatch(c -> c.startsWith("io.isctl.store.RecentStreams"))
        .noneMatch(c -> c.startsWith("java.util.concurrent.ThreadPoolExecutor"));
  }

  @Test
  void anImport_readsJsonWithoutAMapper_andASyncOfItsUnchangedTag_setsUpNoTlsNorJson()
      throws IOException {
    new TestImages(REGISTRY).schema2("team/lean", "v1", TestPlatform.LINUX_AMD64, "lean-1");
    Path store = dir.resolve("store");
    StoreFiles.markInsecure(store, REGISTRY.hostPort());
    List<String> importing =
        loadedBy(store, "tag", REGISTRY.hostPort() + "/team/lean:v1", "lean:v1", "--scheduled");
    // The import read a manifest and an image config: JSON, read without a mapper.
    assertThat(importing)
        .contains("io.isctl.registry.json.ManifestJson", "io.isctl.base.JsonTrees")
        .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper");

    List<String> classes = loadedBy(store, "sync");

    assertThat(classes).contains("okhttp3.OkHttpClient"); // the registry was asked
    assertThat(classes)
        .doesNotContain(
            "sun.security.ssl.SSLContextImpl",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "java.time.format.DateTimeFormatterBuilder",
            "java.lang.runtime.ObjectMethods",
            "java.lang.ProcessHandleImpl");
  }
}
