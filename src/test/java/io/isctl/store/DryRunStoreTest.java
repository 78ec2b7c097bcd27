package io.isctl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import io.isctl.model.ObjectMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dry run's store: what it is told to write it answers from memory afterwards, exactly as a
 * folder would, and the folder keeps every byte and never gets a new file or folder (no lock).
 */
class DryRunStoreTest {
  private static final String DIGEST = "sha256:" + "ab".repeat(32);

  @TempDir Path root;
  private FileImageStreamStore files;
  private DryRunStore dry;

  @BeforeEach
  void stored() {
    files = new FileImageStreamStore(root);
    files.exclusively(
        () -> {
          files.save(ImageStream.named("ns", "a"));
          files.save(ImageStream.named("ns", "b"));
          return null;
        });
    dry = new DryRunStore(files);
  }

  private Map<String, String> tree() throws Exception {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        entries.put(
            root.relativize(path).toString(),
            Files.isDirectory(path) ? "folder" : Files.readString(path));
      }
    }
    return entries;
  }

  @Test
  void writesAreReadBack_fromMemory_andTheFolderIsUntouched() throws Exception {
    Map<String, String> before = tree();
    ImageStream changed =
        ImageStream.named("ns", "a")
            .withSpec(ImageStream.named("ns", "a").spec().withLookupLocal(true));
    Image image = new Image(ObjectMeta.named("", DIGEST), "", null, "1.0", null, null, null, null);

    dry.exclusively(
        () -> {
          assertThat(dry.locked()).isTrue();
          dry.save(changed);
          dry.save(ImageStream.named("other", "c"));
          dry.saveImage(image);
          assertThat(dry.delete("ns", "b")).isTrue();
          assertThat(dry.delete("ns", "nosuch")).isFalse();
          dry.setCurrentNamespace("other");
          return null;
        });

    assertThat(dry.locked()).isFalse();
    assertThat(dry.find("ns", "a")).contains(changed);
    assertThat(dry.find("ns", "b")).isEmpty();
    assertThat(dry.names("ns")).containsExactly("a");
    assertThat(dry.list("other")).extracting(ImageStream::name).containsExactly("c");
    assertThat(dry.namespaces()).containsExactly("ns", "other");
    assertThat(dry.hasImage(DIGEST)).isTrue();
    assertThat(dry.findImage(DIGEST)).contains(image);
    assertThat(dry.currentNamespace()).contains("other");
    assertThat(tree()).isEqualTo(before);
    assertThat(files.names("ns")).containsExactly("a", "b");
    assertThat(files.find("ns", "a").orElseThrow().spec().lookupLocal()).isFalse();
  }

  @Test
  void aStreamDeletedThenSavedAgain_isBack_andANamespaceWithNothingLeftIsGone() {
    dry.delete("ns", "a");
    dry.delete("ns", "b");
    assertThat(dry.namespaces()).isEmpty();

    dry.save(ImageStream.named("ns", "b"));

    assertThat(dry.names("ns")).containsExactly("b");
    assertThat(dry.namespaces()).containsExactly("ns");
  }

  @Test
  void whatTheFolderWouldRefuse_theDryRunRefusesToo() {
    assertThatThrownBy(() -> dry.save(ImageStream.named("ns", "Bad_Name")))
        .isInstanceOf(InvalidNameException.class);
    assertThatThrownBy(() -> dry.setCurrentNamespace("-bad"))
        .isInstanceOf(InvalidNameException.class);
    assertThat(dry.names("ns")).containsExactly("a", "b");
  }

  @Test
  void aFolderThatDoesNotExist_staysThatWay() {
    Path missing = root.resolve("missing");
    DryRunStore fresh = new DryRunStore(new FileImageStreamStore(missing));

    fresh.exclusively(
        () -> {
          fresh.save(ImageStream.named("ns", "a"));
          return null;
        });

    assertThat(fresh.names("ns")).isEqualTo(List.of("a"));
    assertThat(missing).doesNotExist();
  }
}
