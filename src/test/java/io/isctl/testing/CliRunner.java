package io.isctl.testing;

import io.isctl.cli.Cli;
import io.isctl.cli.Session;
import io.isctl.registry.RequestObserver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs isctl in this JVM against one store, with a fixed clock and no inherited environment. */
public final class CliRunner {
  public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  private final Path store;
  private final Map<String, String> env = new HashMap<>();
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private byte[] stdin = new byte[0];
  private RequestObserver observer = RequestObserver.none();
  private boolean stderrTerminal;
  private boolean stdoutTerminal;

  public CliRunner(Path store) {
    this.store = store;
  }

  public CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliRunner clock(Clock newClock) {
    this.clock = newClock;
    return this;
  }

  /** What the next runs read as standard input. */
  public CliRunner stdin(String text) {
    this.stdin = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return this;
  }

  /**
   * Tells {@code observer} about every registry request the runs make (a {@code RequestCounter}
   * counts them).
   */
  public CliRunner observer(RequestObserver newObserver) {
    this.observer = newObserver;
    return this;
  }

  /** Makes the next runs believe their stderr is a terminal, where progress is drawn. */
  public CliRunner stderrTerminal() {
    this.stderrTerminal = true;
    return this;
  }

  /** Makes the next runs believe their stdout is a terminal, where templates' output is escaped. */
  public CliRunner stdoutTerminal() {
    this.stdoutTerminal = true;
    return this;
  }

  public Path store() {
    return store;
  }

  /** Runs {@code isctl --store STORE args...}. */
  public CliResult run(String... args) {
    List<String> all = new ArrayList<>(List.of("--store", store.toString()));
    all.addAll(List.of(args));
    return runRaw(all.toArray(String[]::new));
  }

  /** Runs isctl with exactly these arguments. */
  public CliResult runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    byte[] input = stdin;
    Session.Environment environment =
        new Session.Environment(
            env,
            store.getParent(),
            clock,
            () -> new java.io.ByteArrayInputStream(input),
            observer,
            stderrTerminal,
            stdoutTerminal);
    int code = Cli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
    return new CliResult(code, out.toString(), err.toString());
  }
}
