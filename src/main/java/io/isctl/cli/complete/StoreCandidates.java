package io.isctl.cli.complete;

import io.isctl.model.ImageStream;
import io.isctl.model.NamedTagEventList;
import io.isctl.model.TagEvent;
import io.isctl.model.TagReference;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Names read from the store for completion: streams ({@code [NS/]NAME}), their tags ({@code
 * NAME:TAG}) and their images ({@code NAME@ID}). A store that cannot be read completes nothing: Tab
 * never prints an error.
 */
public final class StoreCandidates {
  private StoreCandidates() {}

  /** Namespaces that start with {@code prefix}. */
  public static List<String> namespaces(CompletionContext context, String prefix) {
    return matching(quietly(() -> context.streams().namespaces()), prefix);
  }

  /**
   * Stream names that start with {@code prefix}; {@code ns/} before the name looks in that
   * namespace.
   */
  public static List<String> streams(CompletionContext context, String prefix) {
    return streams(context, prefix, "");
  }

  /**
   * {@code NAME:} for each stream while no {@code :} or {@code @} is typed; then {@code NAME:TAG}
   * for the stream's tags, or {@code NAME@ID} for its images.
   */
  public static List<String> tagsAndImages(CompletionContext context, String prefix) {
    int colon = prefix.indexOf(':');
    int at = prefix.indexOf('@');
    if (colon < 0 && at < 0) {
      return streams(context, prefix, ":");
    }
    return colon >= 0 && (at < 0 || colon < at) ? tags(context, prefix) : images(context, prefix);
  }

  /** Like {@link #tagsAndImages}, tags only: {@code NAME:} then {@code NAME:TAG}. */
  public static List<String> tags(CompletionContext context, String prefix) {
    return members(
        context,
        prefix,
        ':',
        stream ->
            Stream.concat(
                stream.spec().tags().stream().map(TagReference::name),
                stream.status().tags().stream().map(NamedTagEventList::tag)));
  }

  /** Like {@link #tagsAndImages}, images only: {@code NAME@} then {@code NAME@ID}. */
  public static List<String> images(CompletionContext context, String prefix) {
    return members(
        context,
        prefix,
        '@',
        stream ->
            stream.status().tags().stream()
                .flatMap(history -> history.items().stream())
                .map(TagEvent::image)
                .filter(id -> !id.isEmpty()));
  }

  /**
   * {@code NAME} + separator until one is typed, then {@code NAME} + separator + each of the
   * stream's members.
   */
  private static List<String> members(
      CompletionContext context,
      String prefix,
      char separator,
      Function<ImageStream, Stream<String>> members) {
    int at = prefix.indexOf(separator);
    if (at < 0) {
      return streams(context, prefix, String.valueOf(separator));
    }
    String stream = prefix.substring(0, at + 1);
    List<String> found =
        find(context, prefix.substring(0, at))
            .map(members)
            .orElseGet(Stream::empty)
            .map(member -> stream + member)
            .toList();
    return matching(found, prefix);
  }

  private static List<String> streams(CompletionContext context, String prefix, String suffix) {
    int slash = prefix.indexOf('/');
    String qualifier = slash < 0 ? "" : prefix.substring(0, slash + 1);
    // A store that cannot be read (not a folder, its current namespace unreadable) offers nothing.
    List<String> names =
        quietly(
            () ->
                context
                    .streams()
                    .names(slash < 0 ? context.namespace() : prefix.substring(0, slash)));
    return matching(names.stream().map(name -> qualifier + name + suffix).toList(), prefix);
  }

  private static Optional<ImageStream> find(CompletionContext context, String qualifiedName) {
    int slash = qualifiedName.indexOf('/');
    String name = qualifiedName.substring(slash + 1);
    try {
      String namespace = slash < 0 ? context.namespace() : qualifiedName.substring(0, slash);
      return context.streams().find(namespace, name);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<String> quietly(java.util.function.Supplier<List<String>> names) {
    try {
      return names.get();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  static List<String> matching(Iterable<String> candidates, String prefix) {
    TreeSet<String> matches = new TreeSet<>();
    candidates.forEach(
        candidate -> {
          if (candidate.startsWith(prefix)) {
            matches.add(candidate);
          }
        });
    return List.copyOf(matches);
  }

  /** Namespaces, for {@code -n} and {@code project}. */
  public static final class Namespaces extends LiveCandidates {
    @Override
    public List<String> complete(CompletionContext context, String prefix) {
      return namespaces(context, prefix);
    }
  }

  /** Stream names. */
  public static final class Streams extends LiveCandidates {
    @Override
    public List<String> complete(CompletionContext context, String prefix) {
      return streams(context, prefix);
    }
  }

  /** {@code NAME:TAG} or {@code NAME@ID}. */
  public static final class TagsAndImages extends LiveCandidates {
    @Override
    public List<String> complete(CompletionContext context, String prefix) {
      return tagsAndImages(context, prefix);
    }
  }
}
