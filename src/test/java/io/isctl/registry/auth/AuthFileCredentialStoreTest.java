package io.isctl.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.registry.RegistryRepository;
import io.isctl.registry.auth.Credential.IdentityToken;
import io.isctl.registry.auth.Credential.UsernamePassword;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthFileCredentialStoreTest {

  @TempDir Path home;

  private final Map<String, String> env = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  private Optional<Credential> find(String registry, String repository) {
    AuthFileLocations locations = new AuthFileLocations(Optional.empty(), env, home);
    return new AuthFileCredentialStore(locations, warnings::add)
        .find(RegistryRepository.of(registry, repository));
  }

  private Path dockerConfig(String json) throws IOException {
    Path file = home.resolve(".docker/config.json");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, json);
  }

  private static String auth(String user, String password) {
    return Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void auths_base64WithColonInPassword_splitsOnTheFirstColon() throws IOException {
    dockerConfig("{\"auths\":{\"quay.io\":{\"auth\":\"" + auth("bob", "pa:ss") + "\"}}}");

    assertThat(find("quay.io", "org/app")).contains(new UsernamePassword("bob", "pa:ss"));
  }

  @Test
  void auths_dockerHubLegacyUrlKey_matchesDockerIoAndShortNames() throws IOException {
    dockerConfig(
        "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" + auth("hub", "pw") + "\"}}}");

    assertThat(find("docker.io", "nginx")).contains(new UsernamePassword("hub", "pw"));
    assertThat(find("index.docker.io", "library/nginx"))
        .contains(new UsernamePassword("hub", "pw"));
    assertThat(find("quay.io", "nginx")).isEmpty();
  }

  @Test
  void auths_urlKeyWithSchemeAndPath_matchesByHostAndPort() throws IOException {
    dockerConfig(
        "{\"auths\":{\"http://127.0.0.1:5000/v2/\":{\"username\":\"u\",\"password\":\"p\"}}}");

    assertThat(find("127.0.0.1:5000", "test/app")).contains(new UsernamePassword("u", "p"));
    assertThat(find("127.0.0.1:5001", "test/app")).isEmpty();
  }

  @Test
  void auths_podmanNamespaces_mostSpecificWins() throws IOException {
    Path file = home.resolve("auth.json");
    Files.writeString(
        file,
        "{\"auths\":{"
            + "\"quay.io\":{\"auth\":\""
            + auth("registry", "1")
            + "\"},"
            + "\"quay.io/org\":{\"auth\":\""
            + auth("org", "2")
            + "\"},"
            + "\"quay.io/org/app\":{\"auth\":\""
            + auth("app", "3")
            + "\"}}}");
    env.put("REGISTRY_AUTH_FILE", file.toString());

    assertThat(find("quay.io", "org/app")).contains(new UsernamePassword("app", "3"));
    assertThat(find("quay.io", "org/other")).contains(new UsernamePassword("org", "2"));
    assertThat(find("quay.io", "elsewhere/x")).contains(new UsernamePassword("registry", "1"));
  }

  @Test
  void auths_identityToken_isAnIdentityToken() throws IOException {
    dockerConfig(
        "{\"auths\":{\"myacr.azurecr.io\":{\"auth\":\"\",\"identitytoken\":\"refresh-me\"}}}");

    assertThat(find("myacr.azurecr.io", "app")).contains(new IdentityToken("refresh-me"));
  }

  @Test
  void files_xdgRuntimeAuthJsonBeatsDockerConfig_andExplicitFileReplacesTheSearch()
      throws IOException {
    dockerConfig("{\"auths\":{\"quay.io\":{\"username\":\"docker\",\"password\":\"d\"}}}");
    Path runtime = home.resolve("run");
    Files.createDirectories(runtime.resolve("containers"));
    Files.writeString(
        runtime.resolve("containers/auth.json"),
        "{\"auths\":{\"quay.io\":{\"username\":\"podman\",\"password\":\"p\"}}}");
    env.put("XDG_RUNTIME_DIR", runtime.toString());
    Path explicit = Files.writeString(home.resolve("explicit.json"), "{\"auths\":{}}");

    assertThat(find("quay.io", "a/b")).contains(new UsernamePassword("podman", "p"));
    AuthFileLocations onlyExplicit = new AuthFileLocations(Optional.of(explicit), env, home);
    assertThat(
            new AuthFileCredentialStore(onlyExplicit, warnings::add)
                .find(RegistryRepository.of("quay.io", "a/b")))
        .isEmpty();
  }

  @Test
  void credHelpers_beatAuths_andGetTheRegistryOnStdin() throws IOException {
    installHelper(
        "fake",
        "if [ \"$server\" = \"quay.io\" ]; then"
            + " echo '{\"ServerURL\":\"quay.io\",\"Username\":\"helped\",\"Secret\":\"s3\"}'; exit 0; fi;"
            + " echo 'credentials not found in native keychain'; exit 1");
    dockerConfig(
        "{\"credHelpers\":{\"quay.io\":\"fake\"},"
            + "\"auths\":{\"quay.io\":{\"username\":\"plain\",\"password\":\"p\"}}}");

    assertThat(find("quay.io", "a/b")).contains(new UsernamePassword("helped", "s3"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void credsStore_tokenUser_isAnIdentityToken_andHubIsAskedByItsLegacyUrl() throws IOException {
    installHelper(
        "store",
        "if [ \"$server\" = \"https://index.docker.io/v1/\" ]; then"
            + " echo '{\"ServerURL\":\"x\",\"Username\":\"<token>\",\"Secret\":\"refresh\"}'; exit 0; fi; exit 1");
    dockerConfig("{\"credsStore\":\"store\"}");

    assertThat(find("docker.io", "nginx")).contains(new IdentityToken("refresh"));
  }

  @Test
  void missingHelper_warnsAndFallsBackToAuths() throws IOException {
    env.put("PATH", home.resolve("empty-bin").toString());
    dockerConfig(
        "{\"credsStore\":\"desktop\",\"auths\":{\"quay.io\":{\"username\":\"u\",\"password\":\"p\"}}}");

    assertThat(find("quay.io", "a/b")).contains(new UsernamePassword("u", "p"));
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("docker-credential-desktop is not on PATH")
        .contains("quay.io");
  }

  @Test
  void credentialToString_neverShowsTheSecret() {
    assertThat(new UsernamePassword("u", "hunter2").toString()).doesNotContain("hunter2");
    assertThat(new IdentityToken("hunter2").toString()).doesNotContain("hunter2");
  }

  private void installHelper(String name, String body) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path helper = bin.resolve("docker-credential-" + name);
    Files.writeString(
        helper, "#!/bin/sh\n[ \"$1\" = get ] || exit 2\nserver=$(cat)\n" + body + "\n");
    Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwxr-xr-x"));
    env.put("PATH", bin + ":/usr/bin:/bin");
  }
}
