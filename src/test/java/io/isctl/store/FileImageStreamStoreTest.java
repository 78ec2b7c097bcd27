package io.isctl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.isctl.files.AtomicFiles;
import io.isctl.model.ImageStream;
import io.isctl.model.RegistryHostnames;
import io.isctl.yaml.KubeYaml;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileImageStreamStoreTest {
  @TempDir Path root;

  @Test
  void save_thenFind_returnsTheStream_andLeavesNoTemporaryFile() throws Exception {
    FileImageStreamStore store = new FileImageStreamStore(root);

    store.exclusively(
        () -> {
          store.save(ImageStream.named("ns", "web"));
          return null;
        });

    assertThat(store.find("ns", "web")).map(ImageStream::name).contains("web");
    assertThat(store.names("ns")).containsExactly("web");
    try (Stream<Path> files = Files.list(root.resolve("ns"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("web.yaml");
    }
  }

  @Test
  void find_missing_isEmpty() {
    assertThat(new FileImageStreamStore(root).find("ns", "web")).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"..", ".", "a/b", "../etc", "UPPER", "x%y", ""})
  void badStreamNames_neverBecomePaths(String name) {
    FileImageStreamStore store = new FileImageStreamStore(root);

    assertThatThrownBy(() -> store.find("ns", name))
        .isInstanceOf(InvalidNameException.class)
        .hasMessageContaining("\"" + name + "\"");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"..", "a/b", "-ns", "Ns", ""})
  void badNamespaces_neverBecomePaths(String namespace) {
    FileImageStreamStore store = new FileImageStreamStore(root);

    assertThatThrownBy(() -> store.names(namespace)).isInstanceOf(InvalidNameException.class);
  }

  @Test
  void brokenYaml_isOneLineNamingTheFile() throws Exception {
    Files.createDirectories(root.resolve("ns"));
    Files.writeString(
        root.resolve("ns/web.yaml"), "kind: ImageStream\nmetadata:\n  name: [unclosed\n");

    assertThatThrownBy(() -> new FileImageStreamStore(root).find("ns", "web"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("web.yaml")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void fileWhoseNameDisagreesWithItsPath_isRejected() throws Exception {
    Files.createDirectories(root.resolve("ns"));
    Files.writeString(root.resolve("ns/web.yaml"), "kind: ImageStream\nmetadata:\n  name: api\n");

    assertThatThrownBy(() -> new FileImageStreamStore(root).find("ns", "web"))
        .hasMessageEndingWith("metadata.name \"api\" does not match the file name");
  }

  @Test
  void config_readsTheRegistryHostnames() throws Exception {
    Files.writeString(
        root.resolve("config.yaml"),
        """
        apiVersion: config.openshift.io/v1
        kind: Image
        metadata: {name: cluster}
        status:
          internalRegistryHostname: registry.local:5000
          externalRegistryHostnames: [route.example.com, other.example.com]
        ---
        kind: ImageTagMirrorSet
        spec:
          imageTagMirrors:
          - source: docker.io/balazsszeti
            mirrors: [127.0.0.1:5000/mirror]
        """);

    var config = new FileImageStreamStore(root).config();

    assertThat(config.hosts())
        .isEqualTo(new RegistryHostnames("registry.local:5000", "route.example.com"));
    assertThat(config.tagMirrors())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.source()).isEqualTo("docker.io/balazsszeti");
              assertThat(m.mirrors()).containsExactly("127.0.0.1:5000/mirror");
            });
  }

  @Test
  void currentNamespace_isKeptInTheStore() {
    FileImageStreamStore store = new FileImageStreamStore(root);
    store.setCurrentNamespace("myproject");

    assertThat(new FileImageStreamStore(root).currentNamespace()).contains("myproject");
    assertThat(store.namespaces()).as("isctl's own folder is not a namespace").isEmpty();
  }

  @Test
  void leftoversOfAKilledWriter_areNotStreams_andTheNextLockedWriteRemovesThem() throws Exception {
    FileImageStreamStore store = new FileImageStreamStore(root);
    Path dir = Files.createDirectories(root.resolve("ns"));
    Path torn =
        Files.writeString(
            dir.resolve(".web.yaml.0b8e-dead" + AtomicFiles.TEMP_SUFFIX), "kind: Ima");
    Path whole =
        Files.writeString(
            dir.resolve(".api.yaml.77aa-dead" + AtomicFiles.TEMP_SUFFIX),
            "kind: ImageStream\nmetadata: {name: api}\n");

    assertThat(store.names("ns")).isEmpty();
    assertThat(store.find("ns", "web")).isEmpty();
    store.save(ImageStream.named("ns", "web"));
    assertThat(torn).as("without the lock another process may be writing it").exists();

    store.exclusively(
        () -> {
          store.save(ImageStream.named("ns", "other"));
          return null;
        });

    assertThat(torn).doesNotExist();
    assertThat(whole).doesNotExist();
    assertThat(store.names("ns")).containsExactly("other", "web");
  }

  @Test
  void deleteUnderTheLock_removesLeftoversToo() throws Exception {
    FileImageStreamStore store = new FileImageStreamStore(root);
    Path torn =
        Files.writeString(
            Files.createDirectories(root.resolve("ns"))
                .resolve(".web.yaml.1-dead" + AtomicFiles.TEMP_SUFFIX),
            "");

    assertThat(store.exclusively(() -> store.delete("ns", "web"))).isFalse();

    assertThat(torn).doesNotExist();
  }

  @Test
  void hugeSparseFile_isRefusedWithoutReadingIt() throws Exception {
    Path file = Files.createDirectories(root.resolve("ns")).resolve("web.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(3L << 30); // 3 GiB of holes: reading it whole would exhaust the heap
    }

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> new FileImageStreamStore(root).find("ns", "web"))
                .isInstanceOf(StoreException.class)
                .hasMessage(
                    file
                        + ": the file is larger than the limit of "
                        + KubeYaml.MAX_INPUT_BYTES
                        + " bytes"));
  }

  @Test
  void folderWhereAStreamFileShouldBe_isOneLineError() throws Exception {
    Path file = Files.createDirectories(root.resolve("ns/web.yaml"));

    assertThatThrownBy(() -> new FileImageStreamStore(root).find("ns", "web"))
        .isInstanceOf(StoreException.class)
        .hasMessage(file + ": not a regular file");
  }

  @Test
  void oversizedNamespaceFile_isRefused() throws Exception {
    FileImageStreamStore store = new FileImageStreamStore(root);
    store.setCurrentNamespace("myproject");
    Files.writeString(root.resolve(".isctl/namespace"), "x".repeat(100_000));

    assertThatThrownBy(store::currentNamespace)
        .isInstanceOf(StoreException.class)
        .hasMessageEndingWith("the file is larger than the limit of 1024 bytes");
  }
}
