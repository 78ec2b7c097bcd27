package io.isctl.registry.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RegistryJson} reads what Jackson's data binding read into the same records (the mapper the
 * code used before, with the records' old field names as mix-ins): real documents of each type,
 * each with every field left out, every field null, unknown fields, a duplicate key, what follows
 * the value, other encodings; both read the same record or both refuse. Where data binding
 * converted a value of the wrong JSON type, isctl refuses it, as Go's encoding/json does.
 */
class RegistryJsonTest {
  private static final ObjectMapper DATABIND =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .addMixIn(ContainerConfigJson.class, ContainerConfigNames.class)
          .addMixIn(CredentialHelperJson.class, CredentialHelperNames.class)
          .addMixIn(PlatformJson.class, PlatformNames.class)
          .addMixIn(TokenResponseJson.class, TokenResponseNames.class);

  private final RegistryJson json = new RegistryJson();

  abstract static class ContainerConfigNames {
    @JsonCreator
    ContainerConfigNames(
        @JsonProperty("User") String user,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Entrypoint") List<String> entrypoint,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("ExposedPorts") Map<String, Object> exposedPorts) {}
  }

  abstract static class CredentialHelperNames {
    @JsonCreator
    CredentialHelperNames(
        @JsonProperty("ServerURL") String serverUrl,
        @JsonProperty("Username") String username,
        @JsonProperty("Secret") String secret) {}
  }

  abstract static class PlatformNames {
    @JsonCreator
    PlatformNames(
        @JsonProperty("architecture") String architecture,
        @JsonProperty("os") String os,
        @JsonProperty("os.version") String osVersion,
        @JsonProperty("os.features") List<String> osFeatures,
        @JsonProperty("variant") String variant,
        @JsonProperty("features") List<String> features) {}
  }

  abstract static class TokenResponseNames {
    @JsonCreator
    TokenResponseNames(
        @JsonProperty("token") String token,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("issued_at") String issuedAt,
        @JsonProperty("refresh_token") String refreshToken) {}
  }

  record Case(Class<?> type, String text) {
    @Override
    public String toString() {
      return type.getSimpleName() + " " + text;
    }
  }

  private static final String DIGEST =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  /** One real document of each type. */
  static List<Case> documents() {
    return List.of(
        new Case(
            ManifestJson.class,
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\","
                + "\"size\":1469,\"digest\":\""
                + DIGEST
                + "\"},\"layers\":[{\"mediaType\":\"application/vnd.docker.image.rootfs.diff.tar.gzip\","
                + "\"size\":2479,\"digest\":\""
                + DIGEST
                + "\",\"urls\":[\"https://example.com/l\"]}],\"annotations\":{\"a\":\"b\"}}"),
        new Case(
            IndexJson.class,
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                + "\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"digest\":\""
                + DIGEST
                + "\",\"size\":7143,\"platform\":{\"architecture\":\"amd64\",\"os\":\"windows\","
                + "\"os.version\":\"10.0.17763.1\",\"os.features\":[\"win32k\"],\"variant\":\"v3\","
                + "\"features\":[\"sse4\"]}},{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"digest\":\""
                + DIGEST
                + "\",\"size\":566,\"annotations\":{\"vnd.docker.reference.type\":"
                + "\"attestation-manifest\"},\"platform\":{\"architecture\":\"unknown\",\"os\":\"unknown\"}}],"
                + "\"annotations\":{\"org.opencontainers.image.ref.name\":\"v1\"}}"),
        new Case(
            ImageConfigJson.class,
            "{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\",\"created\":"
                + "\"2024-01-01T00:00:00.123456789Z\",\"author\":\"me\",\"config\":{\"User\":\"1001\","
                + "\"Env\":[\"PATH=/usr/bin\",\"A=\"],\"Entrypoint\":[\"/bin/sh\",\"-c\"],\"Cmd\":null,"
                + "\"WorkingDir\":\"/app\",\"Labels\":{\"io.k8s.display-name\":\"app\"},"
                + "\"ExposedPorts\":{\"8080/tcp\":{},\"53/udp\":{\"x\":[1,2.5,true,null,"
                + "12345678901234,123456789012345678901234]}}},\"rootfs\":{\"type\":\"layers\"}}"),
        new Case(TagListJson.class, "{\"name\":\"team/app\",\"tags\":[\"v1\",\"latest\"]}"),
        new Case(CatalogJson.class, "{\"repositories\":[\"a/b\",\"c\"]}"),
        new Case(
            TokenResponseJson.class,
            "{\"token\":\"t0k\",\"access_token\":\"t0k\",\"expires_in\":300,"
                + "\"issued_at\":\"2024-01-01T00:00:00Z\",\"refresh_token\":\"r\"}"),
        new Case(
            ErrorResponseJson.class,
            "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\","
                + "\"detail\":{\"Tag\":\"v9\"}}]}"),
        new Case(
            DockerConfigJson.class,
            "{\"auths\":{\"quay.io\":{\"auth\":\"dXNlcjpwYXNz\"},\"r.example\":{\"username\":\"u\","
                + "\"password\":\"p\",\"identitytoken\":\"i\",\"email\":\"e\"}},"
                + "\"credHelpers\":{\"gcr.io\":\"gcloud\"},\"credsStore\":\"desktop\"}"),
        new Case(
            CredentialHelperJson.class,
            "{\"ServerURL\":\"https://quay.io\",\"Username\":\"u\",\"Secret\":\"s\"}"));
  }

  /** Each document, and variations of it. */
  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Case document : documents()) {
      cases.add(document);
      ObjectNode tree = (ObjectNode) DATABIND.readTree(document.text());
      List<String> names = new ArrayList<>();
      tree.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        ObjectNode without = tree.deepCopy();
        without.remove(name);
        cases.add(new Case(document.type(), without.toString()));
        ObjectNode nulled = tree.deepCopy();
        nulled.putNull(name);
        cases.add(new Case(document.type(), nulled.toString()));
        // Nested objects: each of their fields left out too.
        JsonNode value = tree.get(name);
        Iterator<JsonNode> items = value.isArray() ? value.elements() : List.of(value).iterator();
        while (items.hasNext()) {
          JsonNode item = items.next();
          if (item.isObject()) {
            List<String> inner = new ArrayList<>();
            item.fieldNames().forEachRemaining(inner::add);
            for (String field : inner) {
              ObjectNode copy = tree.deepCopy();
              JsonNode target = copy.get(name);
              JsonNode nested = target.isArray() ? target.get(indexOf(value, item)) : target;
              ((ObjectNode) nested).remove(field);
              cases.add(new Case(document.type(), copy.toString()));
              ((ObjectNode) nested).putNull(field);
              cases.add(new Case(document.type(), copy.toString()));
            }
          }
        }
      }
      String text = document.text();
      cases.add(new Case(document.type(), "{\"unknown\":[1,{\"x\":null}]," + text.substring(1)));
      cases.add(new Case(document.type(), text + " {\"what follows\": \"is not read\"} garbage"));
      cases.add(new Case(document.type(), "  \n" + text + "\n"));
      // The last of two equal keys.
      String first = names.get(0);
      cases.add(
          new Case(
              document.type(),
              text.substring(0, text.length() - 1)
                  + ",\""
                  + first
                  + "\":"
                  + tree.get(first).toString()
                  + "}"));
    }
    for (Class<?> type : List.of(ManifestJson.class, TagListJson.class, DockerConfigJson.class)) {
      for (String text :
          List.of("", "   ", "null", "[]", "\"text\"", "42", "true", "{", "{\"tags\":[\"a\",]}")) {
        cases.add(new Case(type, text));
      }
    }
    // Nulls inside lists and maps, and empty ones.
    cases.add(new Case(TagListJson.class, "{\"tags\":[\"a\",null]}"));
    cases.add(new Case(TagListJson.class, "{\"tags\":[]}"));
    cases.add(new Case(CatalogJson.class, "{\"repositories\":[null]}"));
    cases.add(new Case(DockerConfigJson.class, "{\"auths\":{\"a\":null}}"));
    cases.add(new Case(DockerConfigJson.class, "{\"credHelpers\":{\"a\":null}}"));
    cases.add(new Case(ManifestJson.class, "{\"layers\":[null]}"));
    cases.add(new Case(ManifestJson.class, "{\"annotations\":{\"a\":null}}"));
    cases.add(new Case(IndexJson.class, "{\"manifests\":[null]}"));
    cases.add(new Case(ManifestJson.class, "{\"schemaVersion\":2147483648}"));
    cases.add(new Case(ManifestJson.class, "{\"config\":{\"size\":9223372036854775808}}"));
    cases.add(new Case(ManifestJson.class, "{\"layers\":{\"a\":1}}"));
    cases.add(new Case(ManifestJson.class, "{\"config\":[]}"));
    cases.add(new Case(ManifestJson.class, "{\"annotations\":[]}"));
    cases.add(new Case(TagListJson.class, "{\"tags\":[[\"a\"]]}"));
    cases.add(new Case(TagListJson.class, "{\"tags\":[{}]}"));
    cases.add(new Case(TagListJson.class, "{\"name\":{}}"));
    cases.add(new Case(TagListJson.class, "{\"tags\":\"v1\"}"));
    cases.add(new Case(ImageConfigJson.class, "{\"config\":{\"Labels\":{\"a\":[]}}}"));
    return cases;
  }

  private static int indexOf(JsonNode array, JsonNode item) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) == item) {
        return i;
      }
    }
    throw new AssertionError();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsTheRecordDataBindingRead_orRefusesWhereItRefused(Case c) throws IOException {
    byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
    Object expected;
    try {
      expected = DATABIND.readValue(bytes, c.type());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      try {
        Object read = json.read(bytes, c.type());
        throw new AssertionError(
            c
                + ": data binding refused it ("
                + e.getOriginalMessage()
                + ") but isctl read "
                + read);
      } catch (IOException refused) {
        // as data binding
      }
      assertThat(json.tryRead(bytes, c.type())).isEmpty();
      return;
    }
    assertThat(json.read(bytes, c.type())).as("%s", c).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsEveryEncodingJacksonDetects(Case c) throws IOException {
    for (java.nio.charset.Charset charset :
        List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      byte[] bytes = c.text().getBytes(charset);
      assertThat(json.read(bytes, c.type())).isEqualTo(DATABIND.readValue(bytes, c.type()));
    }
  }

  @Test
  void aValueOfTheWrongJsonType_isRefused_notConverted_asGoRefusesIt() throws IOException {
    for (String text :
        List.of("{\"tags\":[\"v1\",2]}", "{\"name\":5}", "{\"name\":true}", "{\"tags\":[false]}")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(DATABIND.readValue(bytes, TagListJson.class)).as(text).isNotNull();
      assertThatThrownBy(() -> json.read(bytes, TagListJson.class))
          .as(text)
          .isInstanceOf(IOException.class);
    }
    for (String text : List.of("{\"config\":{\"size\":\"12\"}}", "{\"config\":{\"size\":1.5}}")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(DATABIND.readValue(bytes, ManifestJson.class)).as(text).isNotNull();
      assertThatThrownBy(() -> json.read(bytes, ManifestJson.class))
          .as(text)
          .hasMessage(
              "size: expected an integer of 64 bits, not "
                  + (text.contains("\"12\"") ? "text" : "a number"));
    }
  }

  @Test
  void aKeyTwiceInAnyObject_isRefused_whereDataBindingRefusedItOnlyForARecordsFields()
      throws IOException {
    byte[] bytes =
        "{\"tags\":[\"v1\"],\"annotations\":{\"a\":\"1\",\"a\":\"2\"}}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(DATABIND.readValue(bytes, ManifestJson.class).annotations()).containsEntry("a", "2");
    assertThatThrownBy(() -> json.read(bytes, ManifestJson.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void aTree_isReadTreesTree_aMissingNodeForNothing_emptyForWhatIsNotJson() throws IOException {
    for (String text : List.of("{\"mediaType\":\"x\",\"a\":[1]}", "", "  ", "[1] x", "7")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(json.tree(bytes)).as(text).contains(DATABIND.readTree(bytes));
    }
    assertThat(json.tree("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
