package io.isctl.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.UsageException;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code isctl version} prints, for the command and the {@link FrontDoor} alike: the version
 * line, or kubectl's clientVersion object as JSON or YAML.
 */
final class VersionOutput {
  private VersionOutput() {}

  /**
   * Prints the version as {@code format} asks (null: the line).
   *
   * @throws UsageException for a format other than json or yaml
   */
  static void print(PrintWriter out, String format) {
    if (format == null) {
      out.println(line());
    } else if (format.equals("json")) {
      out.print(json(clientVersion()));
    } else if (format.equals("yaml")) {
      out.print(Yaml.of(clientVersion()));
    } else {
      throw new UsageException("--output must be 'yaml' or 'json'");
    }
    out.flush();
  }

  /** {@code isctl VERSION}. */
  static String line() {
    return "isctl " + version();
  }

  /** kubectl's clientVersion fields that have a meaning here, in its order. */
  static Map<String, String> clientVersion() {
    String version = version();
    String[] parts = version.split("[.-]", 3);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("major", parts.length > 0 ? parts[0] : "");
    fields.put("minor", parts.length > 1 ? parts[1] : "");
    fields.put("gitVersion", version);
    fields.put("javaVersion", System.getProperty("java.version", ""));
    fields.put("platform", os() + "/" + arch());
    return fields;
  }

  /** As kubectl's json.MarshalIndent with two spaces: fields in their order. */
  private static String json(Map<String, String> fields) {
    StringBuilder out = new StringBuilder("{\n  \"clientVersion\": {\n");
    int i = 0;
    for (Map.Entry<String, String> field : fields.entrySet()) {
      out.append("    ").append(quoted(field.getKey())).append(": ");
      out.append(quoted(field.getValue())).append(++i < fields.size() ? ",\n" : "\n");
    }
    return out.append("  }\n}\n").toString();
  }

  /**
   * As kubectl's YAML (sigs.k8s.io/yaml): keys sorted, values quoted where YAML needs it. A class
   * of its own, so that the other formats load no JSON tree class.
   */
  private static final class Yaml {
    static String of(Map<String, String> fields) {
      ObjectNode document = JsonNodeFactory.instance.objectNode();
      ObjectNode client = document.putObject("clientVersion");
      for (Map.Entry<String, String> field : fields.entrySet()) {
        client.put(field.getKey(), field.getValue());
      }
      return KubeYaml.write(document);
    }
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Go's GOOS for the running system. */
  private static String os() {
    String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return name.startsWith("mac") ? "darwin" : name.startsWith("windows") ? "windows" : name;
  }

  /** Go's GOARCH for the running JVM. */
  private static String arch() {
    String arch = System.getProperty("os.arch", "");
    return switch (arch) {
      case "x86_64" -> "amd64";
      case "aarch64" -> "arm64";
      default -> arch;
    };
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  private static String version() {
    String version = VersionOutput.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
