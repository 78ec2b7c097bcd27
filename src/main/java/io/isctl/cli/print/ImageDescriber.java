package io.isctl.cli.print;

import com.fasterxml.jackson.databind.JsonNode;
import io.isctl.base.Printable;
import io.isctl.model.Image;
import io.isctl.model.ImageLayer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code oc describe istag|isimage} and the image part of {@code oc import-image}: oc's
 * DescribeImage, from the Image's fields and the DockerImage metadata the server derived from its
 * config.
 */
public final class ImageDescriber {
  /** Go's durations stop at about 292 years: what oc shows for a missing creation time. */
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  private ImageDescriber() {}

  /**
   * @param imageName the "Image Name" line ({@code stream:tag} for import-image), or "" for none
   */
  public static String describe(Image image, String imageName, Instant now) {
    TabbedText out = new TabbedText();
    if (!imageName.isEmpty()) {
      out.field("Image Name", shown(imageName));
    }
    out.field("Docker Image", shown(image.dockerImageReference()));
    out.field("Name", shown(image.name()));
    String created = image.metadata().creationTimestamp();
    if (created != null && !created.isEmpty()) {
      out.field("Created", HumanTime.ago(created, now));
    }
    if (!image.metadata().annotations().isEmpty()) {
      mapField(out, "Annotations", image.metadata().annotations());
    }
    JsonNode metadata = image.dockerImageMetadata();
    long size = metadata.path("Size").asLong();
    if (image.dockerImageLayers().isEmpty()) {
      out.field("Layer Size", HumanSize.of(size));
    } else {
      out.field(
          "Image Size", HumanSize.of(size) + " in " + image.dockerImageLayers().size() + " layers");
      List<String> layers = new ArrayList<>();
      for (ImageLayer layer : image.dockerImageLayers()) {
        layers.add(HumanSize.of(layer.size()) + "\t" + shown(layer.name()));
      }
      out.field("Layers", String.join("\n", layers));
    }
    out.field("Image Created", imageCreated(metadata.path("Created"), now));
    out.field("Author", shown(metadata.path("Author").asText("")));
    out.field("Arch", shown(metadata.path("Architecture").asText("")));
    describeConfig(out, metadata.path("Config"));
    return out.render();
  }

  /** oc's first DescribeImage lines, for an image whose Image object the store does not have. */
  public static String known(String pullSpec, String name, String created, Instant now) {
    TabbedText out = new TabbedText();
    out.field("Image Name", shown(name));
    out.field("Docker Image", shown(pullSpec));
    out.field("Name", shown(name));
    if (created != null && !created.isEmpty()) {
      out.field("Created", HumanTime.ago(created, now));
    }
    return out.render();
  }

  /** oc's describeDockerImage: command, directories, ports, labels, environment and volumes. */
  private static void describeConfig(TabbedText out, JsonNode config) {
    List<String> entrypoint = strings(config.path("Entrypoint"));
    List<String> cmd = strings(config.path("Cmd"));
    if (!entrypoint.isEmpty()) {
      out.field("Entrypoint", shown(String.join(" ", entrypoint)));
    }
    if (!cmd.isEmpty() || entrypoint.isEmpty()) {
      out.field("Command", shown(String.join(" ", cmd)));
    }
    out.field("Working Dir", shown(config.path("WorkingDir").asText("")));
    out.field("User", shown(config.path("User").asText("")));
    out.field("Exposes Ports", shown(String.join(", ", keys(config.path("ExposedPorts")))));
    Map<String, String> labels = new TreeMap<>();
    config.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    mapField(out, "Docker Labels", labels);
    List<String> env = strings(config.path("Env"));
    for (int i = 0; i < env.size(); i++) {
      if (i == 0) {
        out.field("Environment", shown(env.get(i)));
      } else {
        out.append("\t" + shown(env.get(i)) + "\n");
      }
    }
    List<String> volumes = new ArrayList<>(keys(config.path("Volumes")));
    for (int i = 0; i < volumes.size(); i++) {
      if (i == 0) {
        out.field("Volumes", shown(volumes.get(i)));
      } else {
        out.append("\t" + shown(volumes.get(i)) + "\n");
      }
    }
  }

  /**
   * oc's formatMapStringString: {@code key=value} sorted by key, one a line; an empty map is an
   * empty field.
   */
  private static void mapField(TabbedText out, String label, Map<String, String> values) {
    if (values.isEmpty()) {
      out.field(label, "");
      return;
    }
    boolean first = true;
    for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
      String pair = shown(entry.getKey()) + "=" + shown(entry.getValue());
      if (first) {
        out.field(label, pair);
        first = false;
      } else {
        out.append("\t" + pair + "\n");
      }
    }
  }

  /**
   * Text from a registry or the store, on one line with control characters shown as escapes: it
   * must not drive the terminal nor break the layout.
   */
  private static String shown(String text) {
    return Printable.escape(text);
  }

  private static String imageCreated(JsonNode created, Instant now) {
    String ago = created.isTextual() ? HumanTime.ago(created.textValue(), now) : "";
    return ago.isEmpty() ? HumanTime.duration(LONGEST) + " ago" : ago;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.asText()));
    return values;
  }

  private static TreeSet<String> keys(JsonNode object) {
    TreeSet<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
