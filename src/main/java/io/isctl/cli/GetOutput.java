package io.isctl.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code get -o FORMAT}: kubectl's printers, those that take a template with it ({@code
 * jsonpath=TEMPLATE}, {@code custom-columns=SPEC}, {@code ...-file=FILE}).
 *
 * @param template the text after '=', or "" for a format that takes none
 */
record GetOutput(Format format, String template) {

  enum Format {
    WIDE("wide"),
    YAML("yaml"),
    JSON("json"),
    NAME("name"),
    JSONPATH("jsonpath"),
    JSONPATH_FILE("jsonpath-file"),
    JSONPATH_AS_JSON("jsonpath-as-json"),
    CUSTOM_COLUMNS("custom-columns"),
    CUSTOM_COLUMNS_FILE("custom-columns-file");

    private final String spelling;

    Format(String spelling) {
      this.spelling = spelling;
    }

    boolean takesTemplate() {
      return ordinal() >= JSONPATH.ordinal();
    }
  }

  /** The formats kubectl offers that need Go's text/template, which isctl does not have. */
  private static final List<String> GO_TEMPLATES =
      List.of("go-template", "go-template-file", "template", "templatefile");

  private static final String ALLOWED =
      "custom-columns,custom-columns-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,wide,"
          + "yaml";

  /** Parses {@code -o} as kubectl does; the template keeps its case. */
  static final class Converter implements ITypeConverter<GetOutput> {
    @Override
    public GetOutput convert(String value) {
      int equals = value.indexOf('=');
      String name = (equals < 0 ? value : value.substring(0, equals)).toLowerCase(Locale.ROOT);
      String template = equals < 0 ? "" : value.substring(equals + 1);
      if (GO_TEMPLATES.contains(name)) {
        throw new TypeConversionException(
            "isctl has no Go template engine for -o "
                + name
                + ": use -o jsonpath=TEMPLATE (kubectl's JSONPath), e.g."
                + " -o jsonpath='{range .items[*]}{.metadata.name}{\"\\n\"}{end}'");
      }
      for (Format format : Format.values()) {
        if (!format.spelling.equals(name) || (!format.takesTemplate() && equals >= 0)) {
          continue;
        }
        if (format.takesTemplate() && template.isEmpty()) {
          throw new TypeConversionException(
              format == Format.CUSTOM_COLUMNS
                  ? "custom-columns format specified but no custom columns given"
                  : "template format specified but no template given");
        }
        return new GetOutput(format, template);
      }
      throw new TypeConversionException(
          "unable to match a printer suitable for the output format \""
              + value
              + "\", allowed formats are: "
              + ALLOWED);
    }
  }

  /** Completion candidates for {@code -o}: the format names, as kubectl offers them. */
  static final class Candidates extends java.util.ArrayList<String> {
    Candidates() {
      super(
          List.of(
              "yaml",
              "json",
              "name",
              "wide",
              "jsonpath",
              "jsonpath-file",
              "jsonpath-as-json",
              "custom-columns",
              "custom-columns-file"));
    }
  }
}
