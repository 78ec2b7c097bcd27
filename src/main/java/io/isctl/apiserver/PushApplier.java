package io.isctl.apiserver;

import io.isctl.model.ImageStream;
import io.isctl.model.ImageStreamStatus;
import io.isctl.model.RegistryHostnames;
import io.isctl.model.TagEvent;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a push into the integrated registry is recorded ({@code ImageStreamMapping}): the tag's
 * history gets {@code {<internal>/<ns>/<stream>@<digest>, <digest>}} at the stream's generation,
 * the stream is created when missing (status only, no spec tags), the generation never moves, and
 * tracking tags follow.
 */
public final class PushApplier {
  private final ImageStreamStrategy strategy;
  private final RegistryHostnames hosts;
  private final Clock clock;

  public PushApplier(ImageStreamStrategy strategy, RegistryHostnames hosts, Clock clock) {
    this.strategy = strategy;
    this.hosts = hosts;
    this.clock = clock;
  }

  /**
   * The stream after recording each tag's digest that is new; {@code stored} itself (null when
   * missing) when none is.
   *
   * @param digests the digest the registry serves for each tag
   */
  public ImageStream apply(
      ImageStream stored, String namespace, String name, Map<String, String> digests) {
    ImageStream stream = stored != null ? stored : ImageStream.named(namespace, name);
    long generation = stored != null ? stored.metadata().generationOrZero() : 1;
    String repository = hosts.internal() + "/" + namespace + "/" + name;
    String now = Timestamps.now(clock);
    ImageStreamStatus status = stream.status();
    for (Map.Entry<String, String> pushed : new TreeMap<>(digests).entrySet()) {
      if (!isNew(status, repository, pushed.getKey(), pushed.getValue())) {
        continue;
      }
      String reference = repository + "@" + pushed.getValue();
      status =
          TagHistory.add(
              status, pushed.getKey(), new TagEvent(now, reference, pushed.getValue(), generation));
    }
    if (status.equals(stream.status())) {
      return stored;
    }
    return stored == null
        ? strategy.createInternal(stream.withStatus(status))
        : strategy.update(stored, stored.withStatus(status));
  }

  /**
   * Whether the registry serves a digest the tag has not recorded from this repository yet. Only
   * the newest entry that came from the stream's own repository counts: images tagged in from
   * elsewhere are left alone, and pushing an older image again makes it current again.
   */
  private static boolean isNew(
      ImageStreamStatus status, String repository, String tag, String digest) {
    Optional<TagEvent> lastPush =
        status.tag(tag).stream()
            .flatMap(history -> history.items().stream())
            .filter(event -> event.dockerImageReference().startsWith(repository + "@"))
            .findFirst();
    return lastPush.map(event -> !event.image().equals(digest)).orElse(true);
  }
}
