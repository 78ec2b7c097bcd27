package io.isctl.registry.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.registry.MediaTypes;
import io.isctl.registry.json.DescriptorJson;
import io.isctl.registry.json.IndexJson;
import io.isctl.registry.json.ManifestJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A manifest whose digest matches but whose content is no image must not be imported. */
class ManifestShapeTest {
  private static final String DIGEST = "sha256:" + "0".repeat(64);

  private static DescriptorJson descriptor(String digest) {
    return new DescriptorJson(MediaTypes.OCI_MANIFEST, digest, 2, null, null, null);
  }

  @Test
  void knownTypes_areAccepted_othersAreNot() {
    assertThat(ManifestShape.unsupportedType(MediaTypes.OCI_MANIFEST)).isEmpty();
    assertThat(ManifestShape.unsupportedType(MediaTypes.DOCKER_MANIFEST_LIST)).isEmpty();
    assertThat(ManifestShape.unsupportedType(MediaTypes.DOCKER_SCHEMA1_SIGNED)).isEmpty();
    assertThat(ManifestShape.unsupportedType("application/vnd.example+json"))
        .contains("unsupported manifest media type \"application/vnd.example+json\"");
  }

  @Test
  void imageManifest_needsSchemaTwoAConfigAndLayers() {
    assertThat(
            ManifestShape.problem(new ManifestJson(2, null, descriptor(DIGEST), List.of(), null)))
        .isEmpty();
    assertThat(ManifestShape.problem((ManifestJson) null))
        .contains("the image manifest is not schema version 2");
    assertThat(ManifestShape.problem(new ManifestJson(0, null, null, null, null)))
        .contains("the image manifest is not schema version 2");
    assertThat(ManifestShape.problem(new ManifestJson(2, null, null, List.of(), null)))
        .contains("the image manifest has no config or no layers list");
    assertThat(
            ManifestShape.problem(
                new ManifestJson(
                    2, null, descriptor(DIGEST), List.of(descriptor("sha256:zz")), null)))
        .hasValueSatisfying(
            problem -> assertThat(problem).startsWith("a layer descriptor has an invalid digest"));
  }

  @Test
  void index_needsSchemaTwoAndValidChildDigests() {
    assertThat(ManifestShape.problem(new IndexJson(2, null, List.of(descriptor(DIGEST)), null)))
        .isEmpty();
    assertThat(ManifestShape.problem(new IndexJson(1, null, List.of(), null)))
        .contains("the index is not schema version 2");
    assertThat(ManifestShape.problem(new IndexJson(2, null, List.of(descriptor(null)), null)))
        .contains("a manifest descriptor has no digest");
    assertThat(
            ManifestShape.problem(
                new IndexJson(2, null, List.of(descriptor("md5:" + "a".repeat(32))), null)))
        .contains("a manifest descriptor has an invalid digest: unsupported digest algorithm: md5");
  }
}
