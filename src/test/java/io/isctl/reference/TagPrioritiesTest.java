package io.isctl.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link StreamNames#prioritizeTags} and the blang/semver rules under it. */
class TagPrioritiesTest {
  static Stream<Arguments> orderings() {
    return Stream.of(
        arguments(
            "library-go: groups, newest first, un-prefixed first",
            List.of(
                "other", "latest", "v5.5", "5.2.3", "5.5", "v5.3.6-bother", "5.3.6-abba", "5.6"),
            List.of(
                "latest", "5.6", "5.5", "v5.5", "v5.3.6-bother", "5.3.6-abba", "5.2.3", "other")),
        arguments(
            "library-go: minor versions with pre-release suffixes",
            List.of(
                "1.1-beta1",
                "1.2-rc1",
                "1.1-rc1",
                "1.1-beta2",
                "1.2-beta1",
                "1.2-alpha1",
                "1.2-beta4",
                "latest"),
            List.of(
                "latest",
                "1.2-rc1",
                "1.2-beta4",
                "1.2-beta1",
                "1.2-alpha1",
                "1.1-rc1",
                "1.1-beta2",
                "1.1-beta1")),
        arguments(
            "library-go: minor before full of the same version",
            List.of("7.1", "v7.1", "7.1.0"),
            List.of("7.1", "v7.1", "7.1.0")),
        arguments(
            "library-go: same, reversed input",
            List.of("7.1.0", "v7.1", "7.1"),
            List.of("7.1", "v7.1", "7.1.0")),
        arguments(
            "full versions tie-broken by prefix, others lexicographic",
            List.of("b", "a", "latest", "v1.0.0", "1.0.0"),
            List.of("latest", "1.0.0", "v1.0.0", "a", "b")),
        arguments(
            "semver pre-release precedence",
            List.of("1.0.0-rc.1", "1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-1"),
            List.of("1.0.0", "1.0.0-rc.1", "1.0.0-alpha.1", "1.0.0-alpha", "1.0.0-1")),
        arguments(
            "not semantic versions are others",
            List.of("vlatest", "1.2.3.4", "v", "05.1", "1.0.0+build", "1.02.3"),
            List.of("1.0.0+build", "05.1", "1.02.3", "1.2.3.4", "v", "vlatest")),
        arguments(
            "minor suffix must be a valid pre-release",
            List.of("5.1-rc_1", "5.1-rc1", "5.1", "5.1-rc.1"),
            List.of("5.1", "5.1-rc1", "5.1-rc.1", "5.1-rc_1")),
        arguments(
            "numbers compare as unsigned 64-bit, overflow is other",
            List.of("1.0.0", "18446744073709551615.0.0", "18446744073709551616.0.0"),
            List.of("18446744073709551615.0.0", "1.0.0", "18446744073709551616.0.0")),
        arguments(
            "duplicates are kept",
            List.of("latest", "a", "latest", "a"),
            List.of("latest", "latest", "a", "a")),
        arguments("empty list", List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orderings")
  void prioritizeTags_ordersLikeLibraryGo(
      String scenario, List<String> tags, List<String> expected) {
    assertThat(StreamNames.prioritizeTags(tags)).containsExactlyElementsOf(expected);
  }

  @Test
  void prioritizeTags_leavesItsInputAlone() {
    List<String> tags = new ArrayList<>(List.of("b", "latest"));
    assertThat(StreamNames.prioritizeTags(tags)).containsExactly("latest", "b");
    assertThat(tags).containsExactly("b", "latest");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "plain, 1.2.3, true",
    "pre-release and build, 1.2.3-rc.1+build.5, true",
    "dash inside pre-release, 1.2.3-a-b, true",
    "two parts, 1.2, false",
    "empty, '', false",
    "leading zero, 01.2.3, false",
    "leading zero in numeric pre-release, 1.2.3-01, false",
    "zero pre-release, 1.2.3-0, true",
    "empty pre-release, 1.2.3-, false",
    "empty pre-release part, 1.2.3-a..b, false",
    "empty build, 1.2.3+, false",
    "underscore in build, 1.2.3+a_b, false",
    "v prefix, v1.2.3, false",
    "negative, -1.2.3, false",
  })
  void semanticVersionParse_followsBlangSemver(String scenario, String version, boolean valid) {
    assertThat(SemanticVersion.parse(version).isPresent()).isEqualTo(valid);
  }

  @Test
  void semanticVersionCompare_ignoresBuildAndRanksReleasesAbovePreReleases() {
    assertThat(version("1.2.3+a").compareTo(version("1.2.3+b"))).isZero();
    assertThat(version("1.2.3").compareTo(version("1.2.3-rc"))).isPositive();
    assertThat(version("1.2.3-2").compareTo(version("1.2.3-10"))).isNegative();
    assertThat(version("1.2.3-a.b").compareTo(version("1.2.3-a"))).isPositive();
    assertThat(version("2.0.0").compareTo(version("1.9.9"))).isPositive();
  }

  private static SemanticVersion version(String s) {
    return SemanticVersion.parse(s).orElseThrow();
  }
}
