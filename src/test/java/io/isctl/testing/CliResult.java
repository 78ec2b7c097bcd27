package io.isctl.testing;

/** What one isctl run printed and returned. */
public record CliResult(int exitCode, String out, String err) {

  /** stdout without its final newline. */
  public String line() {
    return out.strip();
  }
}
