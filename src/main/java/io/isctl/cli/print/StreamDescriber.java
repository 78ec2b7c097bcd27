package io.isctl.cli.print;

import io.isctl.base.Printable;
import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.ObjectReference;
import io.isctl.model.TagEvent;
import io.isctl.model.TagEventCondition;
import io.isctl.model.TagReference;
import io.isctl.ops.StreamView;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** {@code oc describe is}: the stream's fields, then each tag with its source and history. */
public final class StreamDescriber {
  private StreamDescriber() {}

  public static String describe(StreamView view, Instant now) {
    ImageStream stream = view.stream();
    StringBuilder out = new StringBuilder();
    field(out, "Name", shown(stream.name()));
    field(out, "Namespace", shown(stream.namespace()));
    field(out, "Created", HumanTime.ago(stream.metadata().creationTimestamp(), now));
    field(out, "Labels", labels(stream));
    field(
        out,
        "Annotations",
        stream.metadata().annotations().isEmpty()
            ? "<none>"
            : stream.metadata().annotations().entrySet().stream()
                .map(e -> shown(e.getKey()) + "=" + shown(e.getValue()))
                .collect(Collectors.joining("\n\t\t\t")));
    field(
        out,
        "Image Repository",
        shown(
            stream.status().publicDockerImageRepository().isEmpty()
                ? stream.status().dockerImageRepository()
                : stream.status().publicDockerImageRepository()));
    field(out, "Image Lookup", "local=" + stream.spec().lookupLocal());
    field(out, "Unique Images", String.valueOf(uniqueImages(stream)));
    field(out, "Tags", String.valueOf(tagNames(stream).size()));
    for (String tag : tagNames(stream)) {
      out.append('\n').append(shown(tag)).append('\n');
      stream.spec().tag(tag).ifPresent(spec -> describeSpec(out, spec));
      view.podImage(tag)
          .ifPresent(pod -> out.append("  Pod image: ").append(shown(pod)).append('\n'));
      view.platform(tag)
          .ifPresent(platform -> out.append("  Platform: ").append(shown(platform)).append('\n'));
      stream.status().tag(tag).ifPresent(history -> describeHistory(out, history, now));
    }
    return out.toString();
  }

  private static void describeSpec(StringBuilder out, TagReference spec) {
    ObjectReference from = spec.from();
    if (from != null) {
      String name =
          shown(from.namespace().isEmpty() ? from.name() : from.namespace() + "/" + from.name());
      String verb =
          switch (from.kind()) {
            case ObjectReference.IMAGE_STREAM_TAG -> "tagged from " + name + " (tracks it)";
            case ObjectReference.IMAGE_STREAM_IMAGE -> "tagged from " + name;
            default -> (spec.reference() ? "reference to " : "tagged from ") + name;
          };
      out.append("  ").append(verb).append('\n');
    }
    if (spec.importPolicy().scheduled()) {
      out.append("    updates automatically from registry ")
          .append(from == null ? "" : shown(from.name()))
          .append('\n');
    }
    if (spec.importPolicy().insecure()) {
      out.append("    will use insecure HTTPS or HTTP connections\n");
    }
    out.append("    prefer registry pullthrough when referencing this tag: ")
        .append(spec.referencePolicy() == io.isctl.model.ReferencePolicyType.LOCAL)
        .append('\n');
    out.append("    import mode: ")
        .append(shown(String.valueOf(spec.importPolicy().importMode())))
        .append('\n');
  }

  private static void describeHistory(StringBuilder out, NamedTagEventList history, Instant now) {
    out.append('\n');
    boolean first = true;
    for (TagEvent event : history.items()) {
      out.append(first ? "  * " : "    ").append(shown(event.dockerImageReference())).append('\n');
      out.append("      ").append(HumanTime.ago(event.created(), now)).append('\n');
      first = false;
    }
    for (TagEventCondition condition : history.conditions()) {
      out.append("  ! error: Import failed (")
          .append(shown(condition.reason()))
          .append("): ")
          .append(shown(condition.message()))
          .append('\n');
      out.append("      ").append(HumanTime.ago(condition.lastTransitionTime(), now)).append('\n');
    }
  }

  private static String labels(ImageStream stream) {
    var labels = stream.metadata().extra().path("labels");
    if (!labels.isObject() || labels.isEmpty()) {
      return "<none>";
    }
    Set<String> pairs = new TreeSet<>();
    labels
        .properties()
        .forEach(e -> pairs.add(shown(e.getKey()) + "=" + shown(e.getValue().asText())));
    return String.join("\n\t\t\t", pairs);
  }

  private static Set<String> tagNames(ImageStream stream) {
    Set<String> names = new TreeSet<>();
    stream.spec().tags().forEach(t -> names.add(t.name()));
    stream.status().tags().forEach(t -> names.add(t.tag()));
    return names;
  }

  private static long uniqueImages(ImageStream stream) {
    return stream.status().tags().stream()
        .flatMap(t -> t.items().stream())
        .map(TagEvent::image)
        .filter(image -> !image.isEmpty())
        .distinct()
        .count();
  }

  /**
   * Text from the store or a registry, on one line with control characters shown as escapes: it
   * must not drive the terminal nor forge lines of the description.
   */
  private static String shown(String text) {
    return Printable.escape(text);
  }

  private static void field(StringBuilder out, String label, String value) {
    String tabs = label.length() + 1 >= 16 ? "\t" : label.length() + 1 >= 8 ? "\t\t" : "\t\t\t";
    out.append(label).append(':').append(tabs).append(value).append('\n');
  }
}
