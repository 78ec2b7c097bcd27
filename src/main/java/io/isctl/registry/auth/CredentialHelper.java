package io.isctl.registry.auth;

import io.isctl.registry.auth.Credential.IdentityToken;
import io.isctl.registry.auth.Credential.UsernamePassword;
import io.isctl.registry.json.CredentialHelperJson;
import io.isctl.registry.json.RegistryJson;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code docker-credential-<name> get} with the server URL on stdin and reads {@code
 * {"ServerURL","Username","Secret"}} (docker-credential-helpers protocol); the helper is looked up
 * on the given environment's {@code PATH}.
 */
public final class CredentialHelper {

  private static final long TIMEOUT_SECONDS = 30;

  private final Map<String, String> environment;
  private final RegistryJson json;

  public CredentialHelper(Map<String, String> environment, RegistryJson json) {
    this.environment = Map.copyOf(environment);
    this.json = json;
  }

  /**
   * The helper's credentials for the server; empty when it has none ("credentials not found").
   *
   * @throws IOException when the helper is missing, fails or prints something unreadable
   */
  public Optional<Credential> get(String helperName, String serverUrl) throws IOException {
    Path executable =
        find("docker-credential-" + helperName)
            .orElseThrow(
                () -> new IOException("docker-credential-" + helperName + " is not on PATH"));
    ProcessBuilder builder = new ProcessBuilder(executable.toString(), "get");
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(serverUrl.getBytes(StandardCharsets.UTF_8));
    }
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(
            executable.getFileName() + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + executable.getFileName(), e);
    }
    // Read after exit: helper answers are a few hundred bytes, far below the pipe buffer.
    byte[] stdout = process.getInputStream().readAllBytes();
    String output = new String(stdout, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      if (output.contains("credentials not found")) {
        return Optional.empty();
      }
      // The output is not shown: a misbehaving helper might print a secret.
      throw new IOException(executable.getFileName() + " get exited with " + process.exitValue());
    }
    CredentialHelperJson answer =
        json.tryRead(stdout, CredentialHelperJson.class)
            .orElseThrow(() -> new IOException(executable.getFileName() + " get printed no JSON"));
    if (answer.secret() == null || answer.secret().isEmpty()) {
      return Optional.empty();
    }
    // docker-credential-helpers: user "<token>" marks an identity (refresh) token.
    return Optional.of(
        "<token>".equals(answer.username())
            ? new IdentityToken(answer.secret())
            : new UsernamePassword(answer.username(), answer.secret()));
  }

  private Optional<Path> find(String name) {
    String path = environment.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return Optional.of(Path.of(dir, name));
      }
    }
    return Optional.empty();
  }
}
