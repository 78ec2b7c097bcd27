package io.isctl.cli.complete;

import io.isctl.ops.StreamCatalog;
import java.util.List;
import java.util.function.Supplier;

/**
 * What live candidates may read: the store and namespace the typed line points at (opened only when
 * asked), and the positional arguments already typed for the command.
 */
public final class CompletionContext {
  private final Supplier<Catalog> catalog;
  private final List<String> positionals;
  private Catalog opened;

  public CompletionContext(Supplier<Catalog> catalog, List<String> positionals) {
    this.catalog = catalog;
    this.positionals = List.copyOf(positionals);
  }

  public StreamCatalog streams() {
    return catalog().streams();
  }

  public String namespace() {
    return catalog().namespace();
  }

  /** The command's positional arguments typed before the word being completed. */
  public List<String> positionals() {
    return positionals;
  }

  private Catalog catalog() {
    if (opened == null) {
      opened = catalog.get();
    }
    return opened;
  }

  /**
   * A store and the namespace names are completed in.
   *
   * @param streams those of the store the line's {@code --store} (or the environment) names
   * @param namespace the line's {@code -n}, else the environment's or the store's current namespace
   */
  public record Catalog(StreamCatalog streams, String namespace) {}

  /**
   * Opens the catalog for the {@code --store} and {@code -n} values typed on the line (null when
   * absent).
   */
  @FunctionalInterface
  public interface CatalogFinder {
    Catalog find(String storeOption, String namespaceOption);
  }
}
