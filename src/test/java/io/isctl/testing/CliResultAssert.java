package io.isctl.testing;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Checks on what one isctl run returned and printed, read as the command's contract: {@code
 * assertThat(result).succeeded().outIs("...")}, {@code
 * assertThat(result).failedWith(1).outIsEmpty().errContains("...")}. A wrong exit code is reported
 * with both streams, so the failure shows what the command said. {@link #out()} and {@link #err()}
 * lead on to AssertJ's string checks for anything else.
 */
public final class CliResultAssert extends AbstractAssert<CliResultAssert, CliResult> {

  public CliResultAssert(CliResult actual) {
    super(actual, CliResultAssert.class);
  }

  /** Exit code 0. */
  public CliResultAssert succeeded() {
    return exitCode(0);
  }

  /** A non-zero exit code, exactly {@code code} (1 for errors, 2 for usage). */
  public CliResultAssert failedWith(int code) {
    if (code == 0) {
      throw new IllegalArgumentException("a failure has a non-zero exit code: use succeeded()");
    }
    return exitCode(code);
  }

  private CliResultAssert exitCode(int expected) {
    isNotNull();
    if (actual.exitCode() != expected) {
      failWithMessage(
          "expected exit code %d but was %d%nstdout: %s%nstderr: %s",
          expected, actual.exitCode(), actual.out(), actual.err());
    }
    return this;
  }

  public CliResultAssert outIs(String expected) {
    out().isEqualTo(expected);
    return this;
  }

  public CliResultAssert outIsEmpty() {
    out().isEmpty();
    return this;
  }

  public CliResultAssert outContains(CharSequence... values) {
    out().contains(values);
    return this;
  }

  public CliResultAssert outDoesNotContain(CharSequence... values) {
    out().doesNotContain(values);
    return this;
  }

  public CliResultAssert outStartsWith(String prefix) {
    out().startsWith(prefix);
    return this;
  }

  public CliResultAssert errIs(String expected) {
    err().isEqualTo(expected);
    return this;
  }

  public CliResultAssert errIsEmpty() {
    err().isEmpty();
    return this;
  }

  public CliResultAssert errContains(CharSequence... values) {
    err().contains(values);
    return this;
  }

  public CliResultAssert errDoesNotContain(CharSequence... values) {
    err().doesNotContain(values);
    return this;
  }

  public CliResultAssert errStartsWith(String prefix) {
    err().startsWith(prefix);
    return this;
  }

  /** Standard output, for AssertJ's string checks. */
  public AbstractStringAssert<?> out() {
    isNotNull();
    return Assertions.assertThat(actual.out()).as(stream("stdout"));
  }

  /** Standard error, for AssertJ's string checks. */
  public AbstractStringAssert<?> err() {
    isNotNull();
    return Assertions.assertThat(actual.err()).as(stream("stderr"));
  }

  private String stream(String name) {
    String description = descriptionText();
    return description.isEmpty() ? name : description + ": " + name;
  }
}
