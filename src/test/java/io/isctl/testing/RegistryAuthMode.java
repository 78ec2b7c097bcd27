package io.isctl.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** How a {@link LocalRegistry} authenticates clients; each mode writes its own config section. */
sealed interface RegistryAuthMode {

  /** Writes what the mode needs under the data dir and returns the config's {@code auth:} YAML. */
  String prepare(Path dataDir) throws IOException;

  /** An {@code Authorization} value allowed to push to and delete from the repository, or null. */
  String adminAuthorization(String repository);

  default void close() {}

  /** No authentication. */
  record Open() implements RegistryAuthMode {
    @Override
    public String prepare(Path dataDir) {
      return "";
    }

    @Override
    public String adminAuthorization(String repository) {
      return null;
    }
  }

  /** htpasswd with bcrypt entries (distribution accepts bcrypt only). */
  record Basic(List<TestUser> users) implements RegistryAuthMode {
    @Override
    public String prepare(Path dataDir) throws IOException {
      Path file = dataDir.resolve("htpasswd");
      Files.writeString(file, Htpasswd.lines(users));
      return "auth: {htpasswd: {realm: test-registry, path: " + file + "}}";
    }

    @Override
    public String adminAuthorization(String repository) {
      return users.get(0).basicAuthorization();
    }
  }

  /** Bearer tokens from a {@link TokenServer} on its own loopback port. */
  final class Token implements RegistryAuthMode {
    private final TokenServer.Policy policy;
    private TokenServer server;

    Token(TokenServer.Policy policy) {
      this.policy = policy;
    }

    TokenServer server() {
      return server;
    }

    @Override
    public String prepare(Path dataDir) throws IOException {
      server = TokenServer.start(policy);
      Path bundle = dataDir.resolve("token-cert.pem");
      Files.writeString(bundle, server.keys().certificatePem());
      return "auth: {token: {realm: "
          + server.realm()
          + ", service: "
          + TokenServer.SERVICE
          + ", issuer: "
          + TokenServer.ISSUER
          + ", rootcertbundle: "
          + bundle
          + "}}";
    }

    @Override
    public String adminAuthorization(String repository) {
      return "Bearer "
          + server.mintToken("admin", List.of("repository:" + repository + ":pull,push,delete"));
    }

    @Override
    public void close() {
      if (server != null) {
        server.close();
        server = null;
      }
    }
  }
}
