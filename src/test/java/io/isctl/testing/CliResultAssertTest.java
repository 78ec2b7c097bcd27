package io.isctl.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The assert fails where the hand-written checks it replaces failed, and says why. */
class CliResultAssertTest {
  static final CliResult OK = new CliResult(0, "Tag web:1 set to x.\n", "");
  static final CliResult REFUSED = new CliResult(1, "", "error: nope\n");

  @Test
  void passes_onWhatTheRunDid() {
    assertThat(OK).succeeded().outIs("Tag web:1 set to x.\n").outContains("web:1").errIsEmpty();
    assertThat(REFUSED)
        .failedWith(1)
        .outIsEmpty()
        .errIs("error: nope\n")
        .errStartsWith("error: ")
        .errContains("nope")
        .errDoesNotContain("\tat ");
  }

  @Test
  void aWrongExitCode_isReportedWithBothStreams() {
    assertThatThrownBy(() -> assertThat(REFUSED).as("tag web").succeeded())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[tag web]")
        .hasMessageContaining("expected exit code 0 but was 1")
        .hasMessageContaining("stderr: error: nope");
    assertThatThrownBy(() -> assertThat(OK).failedWith(1))
        .hasMessageContaining("expected exit code 1 but was 0")
        .hasMessageContaining("stdout: Tag web:1 set to x.");
    assertThatThrownBy(() -> assertThat(REFUSED).failedWith(2))
        .hasMessageContaining("expected exit code 2 but was 1");
  }

  @Test
  void aFailureNeedsANonZeroCode() {
    assertThatThrownBy(() -> assertThat(OK).failedWith(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachStreamCheck_namesItsStream() {
    assertThatThrownBy(() -> assertThat(OK).outIsEmpty()).hasMessageContaining("[stdout]");
    assertThatThrownBy(() -> assertThat(OK).as("tag").errContains("x"))
        .hasMessageContaining("[tag: stderr]");
    assertThatThrownBy(() -> assertThat(REFUSED).errIs("error: yes\n"))
        .hasMessageContaining("[stderr]");
    assertThatThrownBy(() -> assertThat(REFUSED).outIs("x")).hasMessageContaining("[stdout]");
    assertThatThrownBy(() -> assertThat(OK).outDoesNotContain("web"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(OK).outStartsWith("Deleted"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REFUSED).errIsEmpty()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REFUSED).errDoesNotContain("nope"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REFUSED).errStartsWith("warning"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(REFUSED).out().isNotEmpty())
        .hasMessageContaining("[stdout]");
  }
}
