package io.isctl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "a {0} file")
  @ValueSource(strings = {"rw-------", "rw-r-----", "rw-rw-r--", "r--------"})
  void theTemporaryFile_hasTheTargetsModeBeforeAByteIsWritten(String mode) throws Exception {
    Path target = Files.writeString(dir.resolve("secret.yaml"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
    Path temp = dir.resolve(".secret.yaml.1" + AtomicFiles.TEMP_SUFFIX);

    try (FileChannel created = AtomicFiles.create(temp, AtomicFiles.existing(target))) {
      assertThat(created.size()).isZero();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)))
          .isEqualTo(mode);
    }
  }

  @Test
  void rewrite_keepsTheMode() throws Exception {
    Path target = Files.writeString(dir.resolve("a.yaml"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-------");
  }

  @Test
  void aLinkAtTheTarget_isRefused_andLeftAsItIs() throws Exception {
    Path elsewhere = Files.writeString(dir.resolve("elsewhere"), "keep");
    Path link = Files.createSymbolicLink(dir.resolve("a.yaml"), elsewhere);

    assertThatThrownBy(() -> AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage(link + ": is a symbolic link, which isctl does not follow here");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(elsewhere).hasContent("keep");
    assertThat(Files.list(dir)).hasSize(2); // no temporary file left
  }

  @Test
  void aDanglingLinkAtTheTarget_createsNothing() throws Exception {
    Path missing = dir.resolve("sub/created-by-the-link");
    Path link = Files.createSymbolicLink(dir.resolve("a.yaml"), missing);

    assertThatThrownBy(() -> AtomicFiles.write(link, "x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FileRefusedException.class);
    assertThat(Files.exists(missing, LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void aFolderAtTheTarget_isRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a.yaml"));

    assertThatThrownBy(() -> AtomicFiles.write(folder, "x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage(folder + ": not a regular file");
  }
}
