package io.isctl.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isctl.base.ExitCodes;
import io.isctl.base.UsageException;
import io.isctl.yaml.KubeYaml;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isctl version}. */
@Command(
    name = "version",
    description = {
      "Print the version.",
      "",
      "-o json and -o yaml print it as kubectl version --client does: a clientVersion object"
          + " (major, minor, gitVersion, javaVersion in place of goVersion, platform)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  isctl version", "  isctl version -o json"})
final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HelpOption help;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      completionCandidates = Formats.class,
      description = "yaml or json.")
  String output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      for (String line : new Provider().getVersion()) {
        out.println(line);
      }
    } else if (output.equals("json")) {
      out.print(json(clientVersion()));
    } else if (output.equals("yaml")) {
      out.print(yaml(clientVersion()));
    } else {
      throw new UsageException("--output must be 'yaml' or 'json'");
    }
    out.flush();
    return ExitCodes.OK;
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

  /** As kubectl's YAML (sigs.k8s.io/yaml): keys sorted, values quoted where YAML needs it. */
  private static String yaml(Map<String, String> fields) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    ObjectNode client = document.putObject("clientVersion");
    fields.forEach(client::put);
    return KubeYaml.write(document);
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

  private static String version() {
    String version = VersionCommand.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"isctl " + version()};
    }
  }

  /** Values offered for -o. */
  static final class Formats extends java.util.ArrayList<String> {
    Formats() {
      super(java.util.List.of("json", "yaml"));
    }
  }
}
