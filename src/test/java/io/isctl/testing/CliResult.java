package io.isctl.testing;

import org.assertj.core.api.AssertProvider;

/**
 * What one isctl run printed and returned. {@code assertThat(result)} gives a {@link
 * CliResultAssert}.
 */
public record CliResult(int exitCode, String out, String err)
    implements AssertProvider<CliResultAssert> {

  /** stdout without its final newline. */
  public String line() {
    return out.strip();
  }

  @Override
  public CliResultAssert assertThat() {
    return new CliResultAssert(this);
  }
}
