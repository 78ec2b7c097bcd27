package io.isctl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isctl.files.SafeFiles.Links;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
  @TempDir Path dir;

  @Test
  void aRegularFileWithinTheLimit_isRead() throws Exception {
    Path file = Files.writeString(dir.resolve("a"), "abc");

    assertThat(SafeFiles.read(file, 3, Links.REFUSE)).isEqualTo("abc".getBytes());
  }

  @Test
  void oneByteOverTheLimit_isRefusedByName() throws Exception {
    Path file = Files.writeString(dir.resolve("a"), "abcd");

    assertThatThrownBy(() -> SafeFiles.read(file, 3, Links.FOLLOW))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage(file + ": the file is larger than the limit of 3 bytes");
  }

  @Test
  void aLink_isRefusedWhereLinksAreNot_andFollowedWhereTheyAre() throws Exception {
    Path target = Files.writeString(dir.resolve("target"), "secret");
    Path link = Files.createSymbolicLink(dir.resolve("link"), target);

    assertThatThrownBy(() -> SafeFiles.read(link, 100, Links.REFUSE))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage(link + ": is a symbolic link, which isctl does not follow here");
    assertThat(SafeFiles.read(link, 100, Links.FOLLOW)).isEqualTo("secret".getBytes());
  }

  @Test
  void aDanglingLink_isNoFile() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("missing"));

    assertThatThrownBy(() -> SafeFiles.read(link, 100, Links.FOLLOW))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> SafeFiles.read(link, 100, Links.REFUSE))
        .isInstanceOf(FileRefusedException.class);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aFifoInAFolderIsctlReads_isRefusedWithoutWaiting() throws Exception {
    Path fifo = dir.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    assertThatThrownBy(() -> SafeFiles.read(fifo, 100, Links.REFUSE))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage(fifo + ": not a regular file");
  }

  @Test
  void aFolder_isRefused_evenWhereTheUserNamedIt() throws Exception {
    assertThatThrownBy(() -> SafeFiles.read(dir, 100, Links.FOLLOW))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage(dir + ": not a regular file");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anEndlessDevice_isCutAtTheLimit() {
    assertThatThrownBy(() -> SafeFiles.read(Path.of("/dev/zero"), 1 << 20, Links.FOLLOW))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage("/dev/zero: the file is larger than the limit of 1048576 bytes");
  }

  @Test
  void anEndlessStream_isCutAtTheLimit_readingOneByteMoreAtMost() throws Exception {
    int[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return 'x';
          }
        };

    assertThatThrownBy(() -> SafeFiles.read(endless, 1000, "standard input"))
        .isInstanceOf(FileRefusedException.class)
        .hasMessage("standard input: the file is larger than the limit of 1000 bytes");
    assertThat(read[0]).isLessThanOrEqualTo(1001 + 8192);
    assertThat(SafeFiles.read(new ByteArrayInputStream(new byte[1000]), 1000, "in")).hasSize(1000);
  }
}
