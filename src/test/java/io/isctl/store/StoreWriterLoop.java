package io.isctl.store;

import io.isctl.model.ImageStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for {@link CrashSafetyTest}: saves ever newer versions of a few streams, round
 * robin, each as a locked read-modify-write, printing {@code NAME VERSION} once the save has
 * returned. It runs until it is killed.
 */
public final class StoreWriterLoop {
  static final String VERSION = "test.isctl.io/version";
  static final String PAYLOAD = "test.isctl.io/payload";

  private StoreWriterLoop() {}

  /** {@code STORE NAMESPACE NAME...}. */
  public static void main(String[] args) {
    FileImageStreamStore store = new FileImageStreamStore(Path.of(args[0]));
    String namespace = args[1];
    List<String> names = List.of(args).subList(2, args.length);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (long i = 0; ; i++) {
      String name = names.get((int) (i % names.size()));
      long written =
          store.exclusively(
              () -> {
                ImageStream current =
                    store.find(namespace, name).orElse(ImageStream.named(namespace, name));
                long next = version(current) + 1;
                store.save(versioned(current, next));
                return next;
              });
      out.println(name + " " + written);
    }
  }

  /** The version a stream file holds; 0 for a stream never written by the loop. */
  static long version(ImageStream stream) {
    String version = stream.metadata().annotations().get(VERSION);
    return version == null ? 0 : Long.parseLong(version);
  }

  /** The stream at {@code version}: a payload whose length and text depend on the version. */
  static ImageStream versioned(ImageStream stream, long version) {
    return stream.withMetadata(
        stream
            .metadata()
            .withAnnotation(VERSION, Long.toString(version))
            .withAnnotation(PAYLOAD, payload(version)));
  }

  /**
   * Between 0 and about 8 KB, so that sizes differ and a torn or mixed file cannot pass for a whole
   * one.
   */
  static String payload(long version) {
    String unit = "v" + version + "-";
    return unit.repeat((int) (version * 7919 % 1000));
  }
}
