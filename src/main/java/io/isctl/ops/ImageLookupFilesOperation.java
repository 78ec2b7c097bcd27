package io.isctl.ops;

import io.isctl.workload.ImageLookupAnnotator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code isctl set image-lookup -f}: the resolve-names annotation (or a stream's lookupPolicy) in
 * manifests.
 */
public final class ImageLookupFilesOperation {
  private ImageLookupFilesOperation() {}

  /** One manifest after the change, with its objects. */
  public record Output(ManifestFiles.Manifest manifest, String text, List<ObjectLookup> objects) {
    public Output {
      objects = List.copyOf(objects);
    }

    public boolean changed() {
      return !text.equals(manifest.text());
    }
  }

  /**
   * One object of a manifest and its lookup setting.
   *
   * @param printedName as oc's name printer prints it, e.g. {@code deployment.apps/web}
   * @param listName as {@code --list} prints it: a stream's bare name, else {@code
   *     <resource>/<name>}
   * @param local {@code true}, {@code false}, or {@code UNKNOWN} for an object without metadata
   * @param changed whether the change asked for altered it
   */
  public record ObjectLookup(String printedName, String listName, String local, boolean changed) {
    static List<ObjectLookup> of(List<ImageLookupAnnotator.ObjectLookup> objects) {
      return objects.stream()
          .map(o -> new ObjectLookup(o.printedName(), o.listName(), o.local(), o.changed()))
          .toList();
    }
  }

  /**
   * Applies the change to every manifest (or, with {@code listOnly}, only reads them); writes
   * nothing.
   *
   * @throws io.isctl.base.IsctlException when a manifest cannot be read or changed in place
   */
  public static List<Output> apply(
      List<String> filenames,
      boolean recursive,
      Path cwd,
      Supplier<InputStream> stdin,
      boolean enabled,
      boolean listOnly) {
    List<Output> outputs = new ArrayList<>();
    for (ManifestFiles.Manifest manifest : ManifestFiles.read(filenames, recursive, cwd, stdin)) {
      if (listOnly) {
        outputs.add(
            new Output(
                manifest,
                manifest.text(),
                ObjectLookup.of(ImageLookupAnnotator.list(manifest.text(), manifest.name()))));
      } else {
        ImageLookupAnnotator.FileResult result =
            ImageLookupAnnotator.apply(manifest.text(), manifest.name(), enabled);
        outputs.add(new Output(manifest, result.text(), ObjectLookup.of(result.objects())));
      }
    }
    return outputs;
  }

  /** Rewrites the files that changed. */
  public static void writeChanged(List<Output> outputs) {
    ManifestFiles.checkWritable(
        outputs.stream()
            .filter(output -> output.changed() && output.manifest().path() != null)
            .map(Output::manifest)
            .toList());
    for (Output output : outputs) {
      if (output.changed() && output.manifest().path() != null) {
        ManifestFiles.write(output.manifest(), output.text());
      }
    }
  }
}
