package io.isctl.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.isctl.model.ImageStreamStatus;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TagHistoryTest {
  static final TagEvent PREVIOUS =
      new TagEvent("2019-08-08T17:50:46Z", "repo@sha256:aaa", "sha256:aaa", 2);
  static final TagEventCondition FAILED =
      new TagEventCondition(
          "ImportSuccess", "False", "2019-08-09T00:00:00Z", "NotFound", "gone", 3);

  static ImageStreamStatus withPrevious() {
    return ImageStreamStatus.EMPTY.withTag(
        NamedTagEventList.of("t", List.of(PREVIOUS), List.of(FAILED)));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "same ref, image and generation: no change",
            new TagEvent("later", "repo@sha256:aaa", "sha256:aaa", 2),
            List.of(PREVIOUS),
            true),
        Arguments.of(
            "same ref and image, new generation: generation updated in place",
            new TagEvent("later", "repo@sha256:aaa", "sha256:aaa", 5),
            List.of(new TagEvent(PREVIOUS.created(), "repo@sha256:aaa", "sha256:aaa", 5)),
            false),
        Arguments.of(
            "same ref, new image: image corrected in place, time kept",
            new TagEvent("later", "repo@sha256:aaa", "sha256:bbb", 5),
            List.of(new TagEvent(PREVIOUS.created(), "repo@sha256:aaa", "sha256:bbb", 5)),
            false),
        Arguments.of(
            "same image, new ref: ref replaced in place",
            new TagEvent("later", "other@sha256:aaa", "sha256:aaa", 5),
            List.of(new TagEvent(PREVIOUS.created(), "other@sha256:aaa", "sha256:aaa", 5)),
            false),
        Arguments.of(
            "both differ: new entry first",
            new TagEvent("later", "repo@sha256:bbb", "sha256:bbb", 5),
            List.of(new TagEvent("later", "repo@sha256:bbb", "sha256:bbb", 5), PREVIOUS),
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void add(String scenario, TagEvent next, List<TagEvent> expected, boolean conditionsKept) {
    ImageStreamStatus before = withPrevious();

    ImageStreamStatus after = TagHistory.add(before, "t", next);

    NamedTagEventList tag = after.tag("t").orElseThrow();
    assertThat(tag.items()).containsExactlyElementsOf(expected);
    assertThat(tag.conditions()).isEqualTo(conditionsKept ? List.of(FAILED) : List.of());
  }

  @Test
  void add_toATagWithoutHistory_startsItAndDropsConditions() {
    ImageStreamStatus before =
        ImageStreamStatus.EMPTY.withTag(NamedTagEventList.of("t", List.of(), List.of(FAILED)));

    ImageStreamStatus after = TagHistory.add(before, "t", PREVIOUS);

    assertThat(after.tag("t").orElseThrow())
        .isEqualTo(NamedTagEventList.of("t", List.of(PREVIOUS), List.of()));
  }
}
