package io.isctl.cli.spec;

import java.util.List;

/**
 * One option or positional parameter as picocli built it from its annotation: what a builder needs
 * to make the same {@code ArgSpec}.
 *
 * @param field the annotated field's name in its command or mixin class; null for picocli's own
 *     help options
 * @param names the option's names; empty for a positional parameter
 * @param index a positional parameter's index range; null for an option
 * @param completionCandidates the class named by the annotation's {@code completionCandidates}, or
 *     null
 * @param converters the classes named by the annotation's {@code converter}
 * @param preprocessor the class named by the annotation's {@code preprocessor}, or null
 * @param arityUnspecified whether picocli chose the arity from the type (it then parses booleans
 *     more leniently)
 */
record ArgModel(
    String field,
    List<String> names,
    String index,
    List<String> description,
    String descriptionKey,
    String paramLabel,
    boolean hideParamSyntax,
    String arity,
    boolean arityUnspecified,
    String type,
    List<String> auxiliaryTypes,
    List<String> converters,
    String preprocessor,
    String completionCandidates,
    String defaultValue,
    String fallbackValue,
    String mapFallbackValue,
    String splitRegex,
    String splitRegexSynopsisLabel,
    String showDefaultValue,
    boolean hidden,
    boolean required,
    boolean usageHelp,
    boolean versionHelp,
    int order) {

  boolean isOption() {
    return !names.isEmpty();
  }
}
