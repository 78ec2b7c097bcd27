package io.isctl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Resolved, unresolved, and "as written": a name that never referred to an image stream. */
class ResolutionTest {
  @Test
  void resolved_carriesItsRule() {
    Resolution r = Resolution.resolved("quay.io/a/b@sha256:1", "lookupPolicy.local", "why");

    assertThat(r)
        .isEqualTo(new Resolution("quay.io/a/b@sha256:1", true, "lookupPolicy.local", "why"));
    assertThat(r.isAsWritten()).isFalse();
  }

  @Test
  void unresolved_keepsTheNameAndIsNotAsWritten() {
    Resolution r = Resolution.unresolved("s:t", "no image");

    assertThat(r).isEqualTo(new Resolution("s:t", false, "unresolved", "no image"));
    assertThat(r.isAsWritten()).isFalse();
  }

  @Test
  void asWritten_isADefiniteAnswerNotAResolution() {
    Resolution r = Resolution.asWritten("docker.io/nginx", "not a short name");

    assertThat(r)
        .isEqualTo(new Resolution("docker.io/nginx", false, "as written", "not a short name"));
    assertThat(r.isAsWritten()).isTrue();
  }

  @Test
  void aResolvedNameIsNeverAsWritten_whateverItsRuleSays() {
    assertThat(new Resolution("x", true, Resolution.AS_WRITTEN, "").isAsWritten()).isFalse();
  }
}
