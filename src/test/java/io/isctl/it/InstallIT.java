package io.isctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.TagEvent;
import io.isctl.registry.ContentDigest;
import io.isctl.testing.CliResult;
import io.isctl.testing.FaultyRegistry;
import io.isctl.testing.Fixtures;
import io.isctl.testing.Launcher;
import io.isctl.testing.RegistryScript;
import io.isctl.testing.SelfSignedCertificate;
import io.isctl.testing.StoreFiles;
import io.isctl.testing.Tmux;
import io.isctl.testing.Tools;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release packages that 'mvn package' builds (Maven's 'dist' profile), installed as a user
 * installs them: the .deb with apt-get, then run with no Java on the PATH; the archive unpacked
 * under a prefix, run with Java on the PATH. Each runs the README's first command (compared with
 * bin/isctl's output), finds its man page with {@code man -w}, and completes a stream name in a
 * real bash from the completion file where it was installed. The .deb is then removed and must
 * leave nothing; the archive's launcher must write nothing but its cache.
 */
class InstallIT {
  private static final Path ROOT = Fixtures.projectRoot();
  private static final Path TARGET = ROOT.resolve("target");
  private static final String README_FIRST = "--store examples/seed -n myproject get is -o wide";

  @TempDir Path dir;
  private Tmux terminal;

  @AfterEach
  void closeTerminal() {
    if (terminal != null) {
      terminal.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------- the .deb

  @Test
  void debianPackage_runsWithoutJava_completesInBash_andLeavesNothingWhenRemoved()
      throws Exception {
    String version = mavenVersion();
    String debVersion = version.replace('-', '~');
    String arch = run(ROOT, Map.of(), "dpkg", "--print-architecture").out().strip();
    Path deb = TARGET.resolve("isctl_" + debVersion + "_" + arch + ".deb");
    assertThat(deb)
        .as(
            "mvn package (profile dist) writes %s; scripts/install-package-deps.sh installs what it needs",
            deb.getFileName())
        .isRegularFile();
    assertThat(run(ROOT, Map.of(), "id", "-u").out().strip())
        .as("installing a .deb needs root")
        .isEqualTo("0");

    // The package machinery is the machine's: one run of this test at a time (other clones may run
    // it too).
    try (FileChannel channel =
        FileChannel.open(
            Path.of(System.getProperty("java.io.tmpdir"), "isctl-install-it.lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();
      purgeIfInstalled();
      List<String> packaged = packagedPaths(deb);
      Map<String, Boolean> existedBefore = new TreeMap<>();
      for (String path : packaged) {
        existedBefore.put(path, Files.exists(Path.of(path)));
      }
      try {
        CliResult install =
            run(
                ROOT,
                Map.of(),
                "apt-get",
                "install",
                "-y",
                "-o",
                "DPkg::Lock::Timeout=300",
                "./target/" + deb.getFileName());
        assertThat(install.exitCode()).as(install.out() + install.err()).isZero();
        assertThat(run(ROOT, Map.of(), "dpkg-query", "-W", "-f=${Version}", "isctl").out())
            .isEqualTo(debVersion);

        List<String> installed =
            run(ROOT, Map.of(), "dpkg", "-L", "isctl")
                .out()
                .lines()
                .filter(line -> line.startsWith("/") && !line.equals("/."))
                .collect(Collectors.toList());
        assertThat(installed)
            .containsExactlyInAnyOrderElementsOf(packaged)
            .contains(
                "/usr/bin/isctl",
                "/usr/share/man/man1/isctl-tag.1.gz",
                "/usr/share/bash-completion/completions/isctl",
                "/usr/share/zsh/vendor-completions/_isctl",
                "/usr/lib/isctl/runtime/bin/java",
                "/usr/lib/isctl/runtime/lib/isctl.jsa",
                "/usr/lib/isctl/runtime/lib/isctl-registry.jsa",
                "/usr/lib/isctl/runtime/lib/isctl-commands.jsa");

        exerciseInstalledPackage(version);

        // Nothing was changed or written under the package's folders at run time: its files match
        // their checksums,
        // and every file there is the package's.
        CliResult verify = run(ROOT, Map.of(), "dpkg", "--verify", "isctl");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).isEmpty();
        for (String folder : List.of("/usr/lib/isctl", "/usr/share/isctl")) {
          assertThat(tree(Path.of(folder)))
              .as("files under %s that the package did not install", folder)
              .allSatisfy(path -> assertThat(installed).contains(path));
        }

        CliResult remove =
            run(
                ROOT,
                Map.of(),
                "apt-get",
                "remove",
                "-y",
                "-o",
                "DPkg::Lock::Timeout=300",
                "isctl");
        assertThat(remove.exitCode()).as(remove.out() + remove.err()).isZero();
        for (String path : packaged) {
          if (!existedBefore.get(path)) {
            assertThat(Path.of(path)).as("left behind by apt-get remove").doesNotExist();
          }
        }
        assertThat(Path.of("/usr/lib/isctl")).doesNotExist();
        // Purge too (nothing is left for it: the package has no configuration files); dpkg, as apt
        // no longer knows it.
        CliResult purge = run(ROOT, Map.of(), "dpkg", "--purge", "isctl");
        assertThat(purge.exitCode()).as(purge.out() + purge.err()).isZero();
        assertThat(installed()).as("isctl still installed after a purge").isFalse();
      } finally {
        purgeIfInstalled();
        lock.release();
      }
    }
  }

  private void exerciseInstalledPackage(String version) throws Exception {
    // A PATH of only the programs the checks need (as wrappers: /usr/bin has java, so it is not on
    // it). JAVA_HOME
    // names a "Java" that leaves a mark if anything runs it.
    Path bin = Files.createDirectories(dir.resolve("no-java-bin"));
    forward(bin.resolve("isctl"), Path.of("/usr/bin/isctl"));
    for (String tool :
        List.of(
            "bash", "cat", "sed", "tty", "stty")) { // tty, stty: JLine opens the terminal with them
      forward(bin.resolve(tool), Tools.require(tool).toRealPath());
    }
    Path marker = dir.resolve("fake-java-ran");
    Path fakeJdk = Files.createDirectories(dir.resolve("fake-jdk/bin"));
    Files.writeString(fakeJdk.resolve("java"), "#!/bin/sh\ntouch '" + marker + "'\nexit 3\n");
    fakeJdk.resolve("java").toFile().setExecutable(true);
    Path home = Files.createDirectories(dir.resolve("home"));
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "PATH",
                bin.toString(),
                "HOME",
                home.toString(),
                "JAVA_HOME",
                dir.resolve("fake-jdk").toString(),
                "LANG",
                "C.UTF-8"));

    assertThat(run(ROOT, env, "/bin/sh", "-c", "command -v java").exitCode())
        .as("java on the PATH")
        .isNotZero();

    CliResult versionRun = run(ROOT, env, "isctl", "version");
    assertThat(versionRun.out()).isEqualTo("isctl " + version + "\n");
    assertThat(versionRun.err()).isEmpty();

    CliResult installed = run(ROOT, env, args("isctl " + README_FIRST));
    CliResult fromClone = Launcher.run(ROOT, README_FIRST.split(" "));
    assertThat(installed.exitCode()).as(installed.err()).isZero();
    assertThat(installed.err()).isEmpty();
    assertThat(installed.out()).startsWith("NAME ").isEqualTo(fromClone.out());
    assertThat(
            run(
                    ROOT,
                    env,
                    "isctl",
                    "--store",
                    "/usr/share/isctl/examples/seed",
                    "-n",
                    "myproject",
                    "resolve",
                    "myimage-ref-local:mytag")
                .out())
        .isEqualTo(
            Launcher.run(
                    ROOT,
                    "--store",
                    "examples/seed",
                    "-n",
                    "myproject",
                    "resolve",
                    "myimage-ref-local:mytag")
                .out());

    // The class-data archives built into the package hold here: -Xshare:on refuses to start with
    // one it cannot map,
    // and the class log says where Main came from (and, for -f, the workload rules: the archive of
    // the other commands that read the store was chosen).
    Path classLog = dir.resolve("class-load.log");
    String workloads = "--store examples/seed -n myproject resolve -f examples/gitops/k8s";
    for (String command : List.of("version", "tag --help", "sync --help", workloads)) {
      Map<String, String> shared = new HashMap<>(env);
      shared.put("ISCTL_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + classLog);
      CliResult result = run(ROOT, shared, args("isctl " + command));
      assertThat(result.exitCode()).as(command + ": " + result.err()).isZero();
      assertThat(Files.readString(classLog)).contains("io.isctl.Main source: shared objects file");
      if (command.equals(workloads)) {
        assertThat(Files.readString(classLog))
            .contains("io.isctl.workload.WorkloadResolver source: shared objects file");
      }
    }

    // TLS with the runtime's modules: an import from a registry presenting a certificate the trust
    // store holds,
    // with the key exchanges restricted to elliptic curves, which only jdk.crypto.ec provides.
    importOverTls(env);

    CliResult manual = run(ROOT, env, "/usr/bin/man", "-w", "isctl-tag");
    assertThat(manual.out()).as(manual.err()).isEqualTo("/usr/share/man/man1/isctl-tag.1.gz\n");

    Path store = Fixtures.seedStore(dir);
    shellKeepsRunningThroughCtrlC(env, store);
    String checks = completeInBash(env, store);
    assertThat(checks)
        .containsPattern("_isctl_complete [0-9]+ /usr/share/bash-completion/completions/isctl\n")
        .contains("no-java-here");
    assertThat(marker).as("the package ran the Java of JAVA_HOME").doesNotExist();
  }

  /**
   * 'isctl shell' on the package's runtime: JLine reads the terminal, and Ctrl-C drops the line
   * rather than ending the process (JLine handles the signal through sun.misc.Signal, in
   * jdk.unsupported).
   */
  private void shellKeepsRunningThroughCtrlC(Map<String, String> env, Path store) {
    Map<String, String> shell = new HashMap<>(env);
    shell.put("TERM", "xterm");
    terminal =
        Tmux.start(dir, shell, "isctl", "--store", store.toString(), "-n", "myproject", "shell");
    terminal.waitFor("the prompt", screen -> screen.strip().endsWith("isctl>"));
    terminal.type("resolve myimage-ref-local:mytag").press("Enter");
    terminal.waitFor(
        "@sha256:42957024b43e121a210a1b3a8a44f497233a2385f7ef48227a6866afdb9b8e1b\nisctl>");
    terminal.type("delete is myimage-internal");
    terminal.waitFor("isctl> delete is myimage-internal");
    terminal.press("C-c");
    terminal.waitFor(
        "a fresh prompt",
        screen -> screen.strip().endsWith("isctl> delete is myimage-internal\nisctl>"));
    assertThat(terminal.running()).isTrue();
    terminal.type("exit").press("Enter");
    terminal.waitForExit();
    terminal.close();
    terminal = null;
    assertThat(store.resolve("myproject/myimage-internal.yaml")).exists();
  }

  private void importOverTls(Map<String, String> env) throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.forIpAddress("127.0.0.1");
    Path trustStore = dir.resolve("trust.p12");
    certificate.writeTrustStore(trustStore, "changeit");
    Path store = dir.resolve("tls-store");
    try (FaultyRegistry registry = FaultyRegistry.start(certificate)) {
      registry.answer(new RegistryScript()::answer);
      Map<String, String> tls = new HashMap<>(env);
      tls.put(
          "ISCTL_JAVA_OPTS",
          "-Djavax.net.ssl.trustStore="
              + trustStore
              + " -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12"
              + " -Djdk.tls.namedGroups=x25519,secp256r1");
      CliResult result =
          run(
              ROOT,
              tls,
              "isctl",
              "--store",
              store.toString(),
              "-n",
              "team",
              "tag",
              registry.hostPort() + "/team/app:1",
              "web:latest");
      assertThat(result.exitCode()).as(result.err()).isZero();
    }
    assertThat(StoreFiles.stream(store.resolve("team/web.yaml")).status().latest("latest"))
        .map(TagEvent::image)
        .contains(
            ContentDigest.sha256(RegistryScript.MANIFEST.getBytes(StandardCharsets.UTF_8))
                .toString());
  }

  /**
   * True while dpkg has isctl installed (or removed with files left: "deinstall ok config-files").
   */
  private static boolean installed() {
    String status = run(ROOT, Map.of(), "dpkg-query", "-W", "-f=${Status}", "isctl").out().strip();
    return status.endsWith(" installed")
        || status.endsWith(" config-files")
        || status.contains("half");
  }

  private static void purgeIfInstalled() {
    if (installed()) {
      CliResult purge = run(ROOT, Map.of(), "dpkg", "--purge", "isctl");
      assertThat(purge.exitCode()).as(purge.out() + purge.err()).isZero();
    }
  }

  /** The absolute paths a .deb holds, from its own listing. */
  private static List<String> packagedPaths(Path deb) {
    CliResult listing =
        run(
            ROOT,
            Map.of(),
            "bash",
            "-c",
            "set -o pipefail; dpkg-deb --fsys-tarfile '" + deb + "' | tar -t");
    assertThat(listing.exitCode()).as(listing.err()).isZero();
    return listing
        .out()
        .lines()
        .map(line -> line.startsWith("./") ? line.substring(1) : line)
        .map(
            line ->
                line.endsWith("/") && line.length() > 1
                    ? line.substring(0, line.length() - 1)
                    : line)
        .filter(line -> line.startsWith("/") && line.length() > 1)
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------------------------ the archive

  @Test
  void releaseArchive_underAPrefix_runsWithJavaOnThePath_andMakesItsClassDataArchiveOnce()
      throws Exception {
    String version = mavenVersion();
    Path archive = TARGET.resolve("isctl-" + version + ".tar.gz");
    assertThat(archive)
        .as("mvn package (profile dist) writes %s", archive.getFileName())
        .isRegularFile();
    String top = "isctl-" + version + "/";
    assertThat(run(ROOT, Map.of(), "tar", "-tzf", archive.toString()).out().lines())
        .contains(
            top + "bin/isctl",
            top + "lib/isctl/isctl.jar",
            top + "share/man/man1/isctl-tag.1",
            top + "share/bash-completion/completions/isctl",
            top + "share/zsh/site-functions/_isctl",
            top + "share/isctl/examples/seed/config.yaml",
            top + "LICENSE",
            top + "README.md");

    // The README's way: bin, lib and share under ~/.local.
    Path home = Files.createDirectories(dir.resolve("home"));
    Path prefix = Files.createDirectories(home.resolve(".local"));
    CliResult unpack =
        run(
            ROOT,
            Map.of(),
            "tar",
            "-xzf",
            archive.toString(),
            "--strip-components=1",
            "-C",
            prefix.toString(),
            top + "bin",
            top + "lib",
            top + "share");
    assertThat(unpack.exitCode()).as(unpack.err()).isZero();
    Map<String, String> before = snapshot(prefix);

    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "PATH",
                prefix.resolve("bin") + ":" + System.getenv("PATH"),
                "HOME",
                home.toString(),
                "LANG",
                "C.UTF-8"));
    String expected = Launcher.run(ROOT, README_FIRST.split(" ")).out();

    // Four first runs at once: each answers right; one makes the archives, renamed into place.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CliResult>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> run(ROOT, env, args("isctl " + README_FIRST))));
      }
      for (Future<CliResult> first : runs) {
        CliResult result = first.get(300, TimeUnit.SECONDS);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    Path cacheRoot = home.resolve(".cache/isctl");
    String javaRuntime = javaRuntimeVersion(env);
    Path cache = cacheRoot.resolve(version + "-" + javaRuntime);
    assertThat(names(cacheRoot)).containsExactly(cache.getFileName().toString());
    assertThat(names(cache))
        .containsExactlyInAnyOrder(
            "isctl.jsa", "isctl-registry.jsa", "isctl-commands.jsa", "made-for");
    FileTime made = Files.getLastModifiedTime(cache.resolve("isctl.jsa"));
    Object inode = Files.getAttribute(cache.resolve("isctl.jsa"), "unix:ino");

    // Later runs use it (-Xshare:on refuses an archive it cannot map) and leave it as it is.
    for (String command :
        List.of(
            "version",
            "tag --help",
            "--store examples/seed -n myproject resolve -f examples/gitops/k8s")) {
      Map<String, String> shared = new HashMap<>(env);
      shared.put("ISCTL_JAVA_OPTS", "-Xshare:on");
      CliResult result = run(ROOT, shared, args("isctl " + command));
      assertThat(result.exitCode()).as(command + ": " + result.err()).isZero();
    }
    assertThat(run(ROOT, env, "isctl", "version").out()).isEqualTo("isctl " + version + "\n");
    assertThat(Files.getLastModifiedTime(cache.resolve("isctl.jsa"))).isEqualTo(made);
    assertThat(Files.getAttribute(cache.resolve("isctl.jsa"), "unix:ino")).isEqualTo(inode);

    // man finds the page from bin/ on the PATH; bash-completion finds the script under
    // ~/.local/share.
    CliResult manual = run(ROOT, env, "man", "-w", "isctl-tag");
    assertThat(manual.out())
        .as(manual.err())
        .isEqualTo(prefix.resolve("share/man/man1/isctl-tag.1") + "\n");
    assertThat(completeInBash(env, Fixtures.seedStore(dir)))
        .containsPattern(
            "_isctl_complete [0-9]+ "
                + Pattern.quote(
                    prefix.resolve("share/bash-completion/completions/isctl").toString())
                + "\n");

    // One archive per Java: another runtime version gets its own folder; an old Java gets one line.
    Path realJava =
        Path.of(run(ROOT, env, "sh", "-c", "command -v java").out().strip()).toRealPath();
    Map<String, String> otherJava = new HashMap<>(env);
    otherJava.put(
        "JAVA_HOME", fakeJavaHome("other-java", realJava, "17.0.99", "17.0.99+1-test").toString());
    assertThat(run(ROOT, otherJava, "isctl", "version").out()).isEqualTo("isctl " + version + "\n");
    assertThat(names(cacheRoot))
        .containsExactlyInAnyOrder(cache.getFileName().toString(), version + "-17.0.99+1-test");
    Map<String, String> oldJava = new HashMap<>(env);
    oldJava.put("JAVA_HOME", fakeJavaHome("old-java", realJava, "11.0.22", "11.0.22+7").toString());
    CliResult old = run(ROOT, oldJava, "isctl", "version");
    assertThat(old.exitCode()).isEqualTo(1);
    assertThat(old.out()).isEmpty();
    assertThat(old.err())
        .startsWith("error: isctl needs Java 17 or later;")
        .endsWith("\n")
        .hasLineCount(1);

    // The launcher never built nor wrote anything but its cache.
    assertThat(snapshot(prefix)).isEqualTo(before);
  }

  /** A JAVA_HOME whose java is {@code realJava} and whose release file names another version. */
  private Path fakeJavaHome(String name, Path realJava, String version, String runtimeVersion)
      throws IOException {
    Path javaHome = Files.createDirectories(dir.resolve(name + "/bin")).getParent();
    forward(javaHome.resolve("bin/java"), realJava);
    Files.writeString(
        javaHome.resolve("release"),
        "IMPLEMENTOR=\"test\"\nJAVA_RUNTIME_VERSION=\""
            + runtimeVersion
            + "\"\nJAVA_VERSION=\""
            + version
            + "\"\n");
    return javaHome;
  }

  /**
   * A program {@code file} that runs {@code target} (a script, not a link: the folder is deleted
   * after the test).
   */
  private static void forward(Path file, Path target) throws IOException {
    Files.writeString(file, "#!/bin/sh\nexec '" + target + "' \"$@\"\n");
    assertThat(file.toFile().setExecutable(true)).isTrue();
  }

  /** java.runtime.version of the java the PATH gives. */
  private static String javaRuntimeVersion(Map<String, String> env) {
    CliResult settings = run(ROOT, env, "java", "-XshowSettings:properties", "-version");
    return settings
        .err()
        .lines()
        .map(String::strip)
        .filter(line -> line.startsWith("java.runtime.version = "))
        .map(line -> line.substring("java.runtime.version = ".length()))
        .findFirst()
        .orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------------- shared

  /**
   * In a real bash with bash-completion's loader, as Debian sets it up: completes a stream name and
   * its tag; returns the screen that then shows which file defined the completion function, and
   * whether java is on the PATH.
   */
  private String completeInBash(Map<String, String> env, Path store) {
    Map<String, String> shell = new HashMap<>(env);
    shell.put("ISCTL_STORE", store.toString());
    shell.put("ISCTL_NAMESPACE", "myproject");
    shell.put("TERM", "xterm");
    terminal = Tmux.start(dir, shell, "bash --norc --noprofile -i");
    terminal
        .type("PS1='$ '; unset HISTFILE; source /usr/share/bash-completion/bash_completion")
        .press("Enter");
    terminal.type("echo ready").press("Enter").waitFor("\nready");
    terminal.press("C-l");
    terminal.type("isctl resolve myimage-ref-lo").press("Tab");
    terminal.waitFor("$ isctl resolve myimage-ref-local:");
    terminal.type("my").press("Tab");
    terminal.waitFor("$ isctl resolve myimage-ref-local:mytag");
    terminal.press("C-u").press("C-l");
    terminal
        .type(
            "shopt -s extdebug; declare -F _isctl_complete; command -v java || echo no-java-here; echo checked")
        .press("Enter");
    String screen = terminal.waitFor("\nchecked");
    terminal.close();
    terminal = null;
    return screen;
  }

  private static String mavenVersion() throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newInputStream(TARGET.resolve("maven-archiver/pom.properties"))) {
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  private static String[] args(String line) {
    return line.split(" ");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .map(path -> path.getFileName().toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static List<String> tree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.map(Path::toString).collect(Collectors.toList());
    }
  }

  /** Every path under {@code folder} with its size and time. */
  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String path : tree(folder)) {
      Path file = Path.of(path);
      files.put(
          path,
          Files.isDirectory(file)
              ? "dir"
              : Files.size(file) + " " + Files.getLastModifiedTime(file));
    }
    return files;
  }

  /**
   * Runs a program in {@code cwd} with exactly {@code env} (plus nothing: no inherited variables)
   * when given one.
   */
  private static CliResult run(Path cwd, Map<String, String> env, String... command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    if (!env.isEmpty()) {
      builder.environment().clear();
      builder.environment().putAll(env);
      // The program itself is found on that PATH, not on the test's.
      String program = command[0];
      if (!program.contains("/")) {
        for (String entry : env.getOrDefault("PATH", "").split(":")) {
          Path candidate = Path.of(entry, program);
          if (Files.isExecutable(candidate)) {
            builder.command().set(0, candidate.toString());
            break;
          }
        }
      }
    }
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    return Launcher.run(builder, Duration.ofSeconds(600));
  }
}
