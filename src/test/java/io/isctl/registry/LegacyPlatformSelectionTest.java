package io.isctl.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.registry.json.DescriptorJson;
import io.isctl.registry.json.IndexJson;
import io.isctl.registry.json.PlatformJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyPlatformSelectionTest {

  private static DescriptorJson entry(String digest, String os, String arch, String variant) {
    return new DescriptorJson(
        MediaTypes.OCI_MANIFEST,
        digest,
        1,
        null,
        null,
        new PlatformJson(arch, os, null, null, variant, null));
  }

  private static Optional<String> select(List<DescriptorJson> entries, String os, String arch) {
    return LegacyPlatformSelection.select(
            new IndexJson(2, MediaTypes.OCI_INDEX, entries, null), os, arch)
        .map(DescriptorJson::digest);
  }

  @Test
  void select_matchesOsAndArchitecture_ignoringVariant() {
    List<DescriptorJson> entries =
        List.of(
            entry("amd", "linux", "amd64", null),
            entry("arm7", "linux", "arm", "v7"),
            entry("arm64", "linux", "arm64", "v8"));

    assertThat(select(entries, "linux", "arm64")).contains("arm64");
    assertThat(select(entries, "linux", "arm")).contains("arm7");
  }

  @Test
  void aPreferredVariant_comesFirst_elseAnyVariantOfTheArchitecture() {
    List<DescriptorJson> entries =
        List.of(
            entry("amd", "linux", "amd64", null),
            entry("arm6", "linux", "arm", "v6"),
            entry("arm7", "linux", "arm", "v7"));
    IndexJson index = new IndexJson(2, MediaTypes.OCI_INDEX, entries, null);

    assertThat(LegacyPlatformSelection.select(index, "linux", "arm", "v7"))
        .map(DescriptorJson::digest)
        .contains("arm7");
    assertThat(LegacyPlatformSelection.select(index, "linux", "arm", "v5"))
        .map(DescriptorJson::digest)
        .contains("arm6");
    assertThat(LegacyPlatformSelection.select(index, "linux", "arm", ""))
        .map(DescriptorJson::digest)
        .contains("arm6");
    assertThat(LegacyPlatformSelection.select(index, "linux", "s390x", "v7"))
        .map(DescriptorJson::digest)
        .contains("amd");
  }

  @Test
  void select_noMatch_fallsBackToLinuxAmd64ThenToTheFirstEntry() {
    assertThat(
            select(
                List.of(
                    entry("win", "windows", "amd64", null), entry("amd", "linux", "amd64", null)),
                "linux",
                "s390x"))
        .contains("amd");
    assertThat(
            select(
                List.of(
                    entry("ppc", "linux", "ppc64le", null), entry("arm", "linux", "arm64", null)),
                "linux",
                "s390x"))
        .contains("ppc");
  }

  @Test
  void select_neverPicksAttestations() {
    DescriptorJson attestation =
        new DescriptorJson(
            MediaTypes.OCI_MANIFEST,
            "att",
            1,
            null,
            Map.of("vnd.docker.reference.type", "attestation-manifest"),
            new PlatformJson("unknown", "unknown", null, null, null, null));

    assertThat(
            select(List.of(attestation, entry("ppc", "linux", "ppc64le", null)), "linux", "s390x"))
        .contains("ppc");
    assertThat(select(List.of(attestation), "linux", "amd64")).isEmpty();
  }
}
