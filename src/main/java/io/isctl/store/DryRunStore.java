package io.isctl.store;

import io.isctl.model.ClusterConfig;
import io.isctl.model.Image;
import io.isctl.model.ImageStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A store folder as a dry run sees it: read from the files, written in memory only. A command runs
 * unchanged on it, so a dry run computes exactly what the real run would (the API server's rules,
 * the import controller, its registry reads) and writes nothing: no stream, no Image, no lock or
 * other {@code .isctl} state. Each save is checked as the folder would check it, so a dry run fails
 * where the real run would.
 */
public final class DryRunStore implements ImageStreamStore {
  private final FileImageStreamStore files;
  private final Map<Key, ImageStream> saved = new HashMap<>();
  private final Set<Key> deleted = new HashSet<>();
  private final Map<String, Image> images = new HashMap<>();
  private String currentNamespace;
  private int lockDepth;

  public DryRunStore(FileImageStreamStore files) {
    this.files = files;
  }

  private record Key(String namespace, String name) {}

  @Override
  public Optional<ImageStream> find(String namespace, String name) {
    Key key = new Key(namespace, name);
    if (deleted.contains(key)) {
      return Optional.empty();
    }
    ImageStream stream = saved.get(key);
    return stream != null ? Optional.of(stream) : files.find(namespace, name);
  }

  @Override
  public List<String> names(String namespace) {
    Set<String> names = new TreeSet<>(files.names(namespace));
    saved.keySet().stream()
        .filter(key -> key.namespace().equals(namespace))
        .forEach(key -> names.add(key.name()));
    deleted.stream()
        .filter(key -> key.namespace().equals(namespace))
        .forEach(key -> names.remove(key.name()));
    return new ArrayList<>(names);
  }

  @Override
  public List<String> namespaces() {
    Set<String> namespaces = new TreeSet<>(files.namespaces());
    saved.keySet().forEach(key -> namespaces.add(key.namespace()));
    namespaces.removeIf(namespace -> names(namespace).isEmpty());
    return new ArrayList<>(namespaces);
  }

  /** No lock: nothing is written, and the files are read atomically. */
  @Override
  public <T> T exclusively(Work<T> work) {
    lockDepth++;
    try {
      return work.run();
    } finally {
      lockDepth--;
    }
  }

  /** As a real store would answer, so registry work is still refused where it would be. */
  @Override
  public boolean locked() {
    return lockDepth > 0;
  }

  @Override
  public void save(ImageStream stream) {
    files.checkSave(stream);
    Key key = new Key(stream.namespace(), stream.name());
    deleted.remove(key);
    saved.put(key, stream);
  }

  @Override
  public Optional<Image> findImage(String name) {
    Image image = images.get(name);
    return image != null ? Optional.of(image) : files.findImage(name);
  }

  @Override
  public boolean hasImage(String name) {
    return images.containsKey(name) || files.hasImage(name);
  }

  @Override
  public void saveImage(Image image) {
    if (!hasImage(image.name())) {
      files.checkSaveImage(image);
      images.put(image.name(), image);
    }
  }

  @Override
  public boolean delete(String namespace, String name) {
    if (find(namespace, name).isEmpty()) {
      return false;
    }
    Key key = new Key(namespace, name);
    saved.remove(key);
    deleted.add(key);
    return true;
  }

  @Override
  public ClusterConfig config() {
    return files.config();
  }

  @Override
  public Optional<String> currentNamespace() {
    return currentNamespace != null ? Optional.of(currentNamespace) : files.currentNamespace();
  }

  @Override
  public void setCurrentNamespace(String namespace) {
    files.layout().namespaceDir(namespace); // validates, as the folder would
    currentNamespace = namespace;
  }
}
