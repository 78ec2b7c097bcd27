package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.testing.CliResult;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import io.isctl.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/isctl} in a fresh copy of the checkout, building as a new user's first command does,
 * with a Maven that behaves as on a cold local repository: the offline attempt fails with Maven's
 * [ERROR] block on stdout, the online one builds (here: the real Maven, offline, as the suite's own
 * build warmed the repository). What the user sees: one line while it builds, one when it rebuilds,
 * Maven's output only when the build fails, and no build at all for a Tab.
 */
class LauncherBuildIT {
  private static final Path ROOT = Fixtures.projectRoot();

  @TempDir Path dir;

  @Test
  void firstRun_oneLine_rebuildOneLine_failureShowsMaven_andTabNeverBuilds() throws Exception {
    Path clone = dir.resolve("clone");
    Files.createDirectories(clone.resolve("src"));
    Files.copy(ROOT.resolve("pom.xml"), clone.resolve("pom.xml"));
    for (String part : List.of("bin", "src/main", "completions", "examples")) {
      Fixtures.copyTree(ROOT.resolve(part), clone.resolve(part));
    }
    Path mode = dir.resolve("maven-mode");
    Path calls = dir.resolve("maven-calls");
    Path fakeBin = Files.createDirectories(dir.resolve("bin"));
    Path mvn = fakeBin.resolve("mvn");
    Files.writeString(
        mvn,
        String.join(
            "\n",
            "#!/bin/sh",
            "echo \"$*\" >> '" + calls + "'",
            "offline=no; for arg; do [ \"$arg\" = -o ] && offline=yes; done",
            "case $(cat '" + mode + "') in",
            "  cold)",
            "    if [ $offline = yes ]; then",
            "      echo '[ERROR] Failed to execute goal on project isctl: Could not resolve dependencies for project'",
            "      echo '[ERROR] io.isctl:isctl:jar:0.1.0-SNAPSHOT: The following artifacts could not be resolved:'",
            "      echo '[ERROR] info.picocli:picocli:jar:sources:4.7.7 (absent): Cannot access central in offline mode'",
            "      echo '[ERROR] -> [Help 1]'",
            "      exit 1",
            "    fi",
            "    exec '" + Tools.require("mvn") + "' -o \"$@\" ;;",
            "  touch) touch target/isctl.jar ;;",
            "  broken)",
            "    echo '[ERROR] COMPILATION ERROR :'",
            "    echo '[ERROR] src/main/java/io/isctl/Main.java:[3,1] class, interface, enum, or record expected'",
            "    exit 1 ;;",
            "esac",
            ""));
    assertThat(mvn.toFile().setExecutable(true)).isTrue();
    Path jar = clone.resolve("target/isctl.jar");
    String version = "isctl " + mavenVersion() + "\n";

    // Tab before there is a jar: nothing, and no build.
    Files.writeString(mode, "cold");
    CliResult noJar = isctl(clone, fakeBin, "__complete", "--", "resolve", "my");
    assertThat(noJar.exitCode()).isEqualTo(1);
    assertThat(noJar.out()).isEmpty();
    assertThat(noJar.err()).isEmpty();
    assertThat(calls).doesNotExist();

    // The first run: one line, then the answer; Maven's offline [ERROR] block is not shown.
    CliResult first = isctl(clone, fakeBin, "version");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo(version);
    assertThat(first.err()).isEqualTo("isctl: building " + jar + " (first run)...\n");
    assertThat(Files.readAllLines(calls)).hasSize(2);
    assertThat(Files.readAllLines(calls).get(0)).contains(" -o", "-DskipDist", "package");

    // A source newer than the jar: a Tab completes from the jar there is, and builds nothing.
    Files.writeString(mode, "touch");
    FileTime built = Files.getLastModifiedTime(jar);
    Path source = clone.resolve("src/main/java/io/isctl/Main.java");
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
    CliResult tab =
        isctl(
            clone,
            fakeBin,
            "__complete",
            "--",
            "--store",
            "examples/seed",
            "-n",
            "myproject",
            "resolve",
            "myimage-ref-l");
    assertThat(tab.exitCode()).as(tab.err()).isZero();
    assertThat(tab.out()).startsWith("myimage-ref-local:\n");
    assertThat(tab.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(jar)).isEqualTo(built);
    assertThat(Files.readAllLines(calls)).hasSize(2);

    // The next command rebuilds, and says so in one line.
    Instant before = Instant.now();
    Files.setLastModifiedTime(source, FileTime.from(before.minusSeconds(5)));
    Files.setLastModifiedTime(jar, FileTime.from(before.minusSeconds(10)));
    CliResult rebuild = isctl(clone, fakeBin, "version");
    assertThat(rebuild.out()).isEqualTo(version);
    assertThat(rebuild.err()).isEqualTo("isctl: the sources changed: rebuilding " + jar + "...\n");
    assertThat(Files.readAllLines(calls)).hasSize(3);

    // A build that fails: Maven's own output, then one error line; nothing runs.
    Files.writeString(mode, "broken");
    // Both times anew: the steps above may have taken longer than the 5 s between them before.
    Instant now = Instant.now();
    Files.setLastModifiedTime(source, FileTime.from(now.minusSeconds(5)));
    Files.setLastModifiedTime(jar, FileTime.from(now.minusSeconds(10)));
    CliResult broken = isctl(clone, fakeBin, "version");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.out()).isEmpty();
    assertThat(broken.err())
        .isEqualTo(
            "isctl: the sources changed: rebuilding "
                + jar
                + "...\n"
                + "[ERROR] COMPILATION ERROR :\n"
                + "[ERROR] src/main/java/io/isctl/Main.java:[3,1] class, interface, enum, or record expected\n"
                + "error: the build of "
                + jar
                + " failed (Maven's output above, also in "
                + clone.resolve("target/.build.log")
                + ")\n");
  }

  private static String mavenVersion() throws IOException {
    java.util.Properties properties = new java.util.Properties();
    try (var in = Files.newInputStream(ROOT.resolve("target/maven-archiver/pom.properties"))) {
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  /**
   * {@code bin/isctl ARGS} of the copy, from the copy's folder, with {@code fakeBin} first on the
   * PATH.
   */
  private static CliResult isctl(Path clone, Path fakeBin, String... args) {
    List<String> command =
        new java.util.ArrayList<>(List.of(clone.resolve("bin/isctl").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(clone.toFile());
    builder.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
    builder.environment().remove("ISCTL_STORE");
    builder.environment().remove("ISCTL_NAMESPACE");
    builder.environment().remove("MAVEN_ARGS");
    return Launcher.run(builder, Duration.ofSeconds(600));
  }
}
