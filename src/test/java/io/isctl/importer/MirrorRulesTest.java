package io.isctl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ClusterConfig;
import io.isctl.model.RegistryHostnames;
import io.isctl.reference.ImageReference;
import io.isctl.registry.RegistryRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirrorRulesTest {
  static ClusterConfig config(
      List<ClusterConfig.Mirror> tagMirrors, List<ClusterConfig.Mirror> digestMirrors) {
    return new ClusterConfig(
        RegistryHostnames.DEFAULT, List.of(), List.of(), List.of(), tagMirrors, digestMirrors);
  }

  static SourceRepository source(String pullSpec) {
    return SourceRepository.of(ImageReference.parse(pullSpec));
  }

  @Test
  void noRule_onlyTheSource_withDockersDefaults() {
    assertThat(MirrorRules.candidates(config(List.of(), List.of()), source("nginx")))
        .containsExactly(new RegistryRepository("docker.io", "library/nginx"));
  }

  @Test
  void tagRule_mirrorsFirst_keepingThePathBelowTheSource() {
    var rule =
        new ClusterConfig.Mirror(
            "docker.io/balazsszeti", List.of("127.0.0.1:5000/mirror", "m2.example.com"), false);

    assertThat(
            MirrorRules.candidates(
                config(List.of(rule), List.of()), source("docker.io/balazsszeti/hello:sleeper")))
        .containsExactly(
            new RegistryRepository("127.0.0.1:5000", "mirror/hello"),
            new RegistryRepository("m2.example.com", "hello"),
            new RegistryRepository("docker.io", "balazsszeti/hello"));
  }

  @Test
  void digestPulls_useDigestRulesOnly() {
    var tagRule = new ClusterConfig.Mirror("quay.io/a", List.of("tags.example.com/a"), false);
    var digestRule = new ClusterConfig.Mirror("quay.io/a", List.of("digests.example.com/a"), true);
    String byDigest = "quay.io/a/b@sha256:" + "c".repeat(64);

    assertThat(
            MirrorRules.candidates(config(List.of(tagRule), List.of(digestRule)), source(byDigest)))
        .as("NeverContactSource leaves the source out")
        .containsExactly(new RegistryRepository("digests.example.com", "a/b"));
  }

  @Test
  void sourceMatchesWholeSegmentsOnly_andTheMostSpecificRuleWins() {
    var broad = new ClusterConfig.Mirror("quay.io", List.of("broad.example.com"), false);
    var narrow =
        new ClusterConfig.Mirror("quay.io/team/app", List.of("narrow.example.com/app"), false);
    var prefix = new ClusterConfig.Mirror("quay.io/te", List.of("wrong.example.com"), false);

    assertThat(
            MirrorRules.candidates(
                config(List.of(broad, prefix, narrow), List.of()), source("quay.io/team/app:1")))
        .first()
        .isEqualTo(new RegistryRepository("narrow.example.com", "app"));
  }

  @Test
  void integratedRegistry_isReachedThroughItsMirror() {
    var rule =
        new ClusterConfig.Mirror(
            RegistryHostnames.DEFAULT_INTERNAL, List.of("127.0.0.1:5001"), true);
    String internal = RegistryHostnames.DEFAULT_INTERNAL + "/myproject/app:latest";

    assertThat(MirrorRules.candidates(config(List.of(rule), List.of()), source(internal)))
        .containsExactly(new RegistryRepository("127.0.0.1:5001", "myproject/app"));
  }
}
