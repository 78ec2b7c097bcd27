package io.isctl.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code -o} formats oc offers; each command accepts the subset it supports. */
enum OutputFormat {
  YAML,
  JSON,
  NAME,
  WIDE;

  /** Parses {@code -o} values as oc spells them. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unable to match a printer suitable for the output format \""
                + value
                + "\", allowed formats are: json,name,wide,yaml");
      }
    }
  }

  /** Completion candidates for {@code -o}. */
  static final class Candidates extends java.util.ArrayList<String> {
    Candidates() {
      super(java.util.List.of("yaml", "json", "name", "wide"));
    }
  }
}
