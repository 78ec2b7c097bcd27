package io.isctl.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} for every command below the root. Not picocli's standard pair: a command's
 * {@code -V} would print nothing (only the root has a version), so only {@code isctl -V} and {@code
 * isctl version} offer the version, as kubectl has {@code kubectl version} alone.
 */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;
}
