package io.isctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stream read again is parsed again exactly when its file may have changed. */
class RecentStreamsTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir Path root;
  Path file;

  private static String stream(String image) {
    return "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n  name: web\n"
        + "  namespace: team\nspec:\n  tags:\n  - name: v1\n    from:\n      kind: DockerImage\n"
        + "      name: "
        + image
        + "\n";
  }

  @BeforeEach
  void write() throws IOException {
    file = root.resolve("team/web.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, stream("quay.io/team/web:1"));
    Files.setLastModifiedTime(file, LONG_AGO);
  }

  private static String from(ImageStream stream) {
    return stream.spec().tag("v1").orElseThrow().from().name();
  }

  @Test
  void anUnchangedFile_isNotParsedAgain() {
    FileImageStreamStore store = new FileImageStreamStore(root).rememberingReads();
    ImageStream first = store.find("team", "web").orElseThrow();

    assertThat(store.find("team", "web").orElseThrow()).isSameAs(first);
  }

  @Test
  void withoutRememberingReads_everyReadParses() {
    FileImageStreamStore store = new FileImageStreamStore(root);
    ImageStream first = store.find("team", "web").orElseThrow();

    assertThat(store.find("team", "web").orElseThrow()).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void aFileReplaced_isReadAgain() throws IOException {
    FileImageStreamStore store = new FileImageStreamStore(root).rememberingReads();
    store.find("team", "web");
    // Another process's write: a new file renamed into place, same size, same time.
    Path replacement = root.resolve("team/.web.yaml.tmp");
    Files.writeString(replacement, stream("quay.io/team/web:2"));
    Files.setLastModifiedTime(replacement, LONG_AGO);
    Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThat(from(store.find("team", "web").orElseThrow())).isEqualTo("quay.io/team/web:2");
  }

  @Test
  void aFileEditedInPlace_sameSize_isReadAgain() throws IOException {
    FileImageStreamStore store = new FileImageStreamStore(root).rememberingReads();
    store.find("team", "web");
    Files.write(
        file,
        stream("quay.io/team/web:3").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.TRUNCATE_EXISTING);

    assertThat(from(store.find("team", "web").orElseThrow())).isEqualTo("quay.io/team/web:3");
  }

  @Test
  void aFileModifiedJustBeforeTheRead_isReadAgainEvenIfItLooksTheSame() throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    FileImageStreamStore store = new FileImageStreamStore(root).rememberingReads();
    ImageStream first = store.find("team", "web").orElseThrow();

    // Within the file system's timestamp granularity a same-size edit could keep every attribute.
    assertThat(store.find("team", "web").orElseThrow()).isNotSameAs(first);
  }
}
