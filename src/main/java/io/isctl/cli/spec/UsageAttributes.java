package io.isctl.cli.spec;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code @Command} attributes that shape the usage message, read from the annotation at build
 * time and set on the spec at run time. As picocli does, only values that differ from the
 * annotation's defaults are carried.
 */
final class UsageAttributes {
  /**
   * The usage attributes carried; any other attribute of {@code @Command} must keep its default.
   */
  static final List<String> CARRIED =
      List.of(
          "abbreviateSynopsis",
          "commandListHeading",
          "customSynopsis",
          "description",
          "descriptionHeading",
          "exitCodeList",
          "exitCodeListHeading",
          "footer",
          "footerHeading",
          "header",
          "headerHeading",
          "hidden",
          "optionListHeading",
          "parameterListHeading",
          "requiredOptionMarker",
          "showAtFileInUsageHelp",
          "showDefaultValues",
          "showEndOfOptionsDelimiterInUsageHelp",
          "sortOptions",
          "sortSynopsis",
          "synopsisHeading",
          "synopsisSubcommandLabel");

  private UsageAttributes() {}

  /** The carried attributes of {@code command} that are not at their default. */
  static List<UsageAttribute> of(Command command) {
    List<UsageAttribute> attributes = new ArrayList<>();
    for (String name : CARRIED) {
      Object value = valueOf(command, name);
      if (!Objects.deepEquals(value, defaultOf(name))) {
        attributes.add(new UsageAttribute(name, strings(value)));
      }
    }
    return attributes;
  }

  /** Sets {@code attribute} on {@code usage} as picocli sets it from the annotation. */
  static void apply(UsageAttribute attribute, UsageMessageSpec usage) {
    switch (attribute.name()) {
      case "abbreviateSynopsis" -> usage.abbreviateSynopsis(bool(attribute));
      case "commandListHeading" -> usage.commandListHeading(attribute.value());
      case "customSynopsis" -> usage.customSynopsis(attribute.array());
      case "description" -> usage.description(attribute.array());
      case "descriptionHeading" -> usage.descriptionHeading(attribute.value());
      case "exitCodeList" -> usage.exitCodeList(UsageMessageSpec.keyValuesMap(attribute.array()));
      case "exitCodeListHeading" -> usage.exitCodeListHeading(attribute.value());
      case "footer" -> usage.footer(attribute.array());
      case "footerHeading" -> usage.footerHeading(attribute.value());
      case "header" -> usage.header(attribute.array());
      case "headerHeading" -> usage.headerHeading(attribute.value());
      case "hidden" -> usage.hidden(bool(attribute));
      case "optionListHeading" -> usage.optionListHeading(attribute.value());
      case "parameterListHeading" -> usage.parameterListHeading(attribute.value());
      case "requiredOptionMarker" -> usage.requiredOptionMarker(attribute.value().charAt(0));
      case "showAtFileInUsageHelp" -> usage.showAtFileInUsageHelp(bool(attribute));
      case "showDefaultValues" -> usage.showDefaultValues(bool(attribute));
      case "showEndOfOptionsDelimiterInUsageHelp" ->
          usage.showEndOfOptionsDelimiterInUsageHelp(bool(attribute));
      case "sortOptions" -> usage.sortOptions(bool(attribute));
      case "sortSynopsis" -> usage.sortSynopsis(bool(attribute));
      case "synopsisHeading" -> usage.synopsisHeading(attribute.value());
      case "synopsisSubcommandLabel" -> usage.synopsisSubcommandLabel(attribute.value());
      default -> throw new IllegalArgumentException("unknown usage attribute " + attribute.name());
    }
  }

  private static boolean bool(UsageAttribute attribute) {
    return Boolean.parseBoolean(attribute.value());
  }

  static Object valueOf(Command command, String name) {
    try {
      return Command.class.getMethod(name).invoke(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("@Command has no attribute " + name, e);
    }
  }

  static Object defaultOf(String name) {
    try {
      Method method = Command.class.getMethod(name);
      return method.getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@Command has no attribute " + name, e);
    }
  }

  private static List<String> strings(Object value) {
    if (value instanceof String[] array) {
      return Arrays.asList(array);
    }
    return List.of(String.valueOf(value));
  }
}
