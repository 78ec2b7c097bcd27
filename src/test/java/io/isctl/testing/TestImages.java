package io.isctl.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pushes tiny deterministic images to a {@link LocalRegistry} through the HTTP API: schema2 and OCI
 * manifests with a real config blob, Docker manifest lists and OCI indexes, moving tags, many tags
 * and deleted manifests. The same inputs give the same digests on every run.
 */
public final class TestImages {

  public static final String DOCKER_SCHEMA2 =
      "application/vnd.docker.distribution.manifest.v2+json";
  public static final String DOCKER_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";

  private static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
  private static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip";
  private static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
  private static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";

  private static final ObjectMapper SORTED_JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final RegistryPusher pusher;

  public TestImages(LocalRegistry registry) {
    this.pusher = new RegistryPusher(registry);
  }

  /**
   * A Docker schema2 image for one platform; {@code seed} makes its content (and digest) unique.
   */
  public PushedImage schema2(String repository, String tag, TestPlatform platform, String seed) {
    return single(repository, tag, platform, seed, false);
  }

  /** An OCI image manifest for one platform. */
  public PushedImage oci(String repository, String tag, TestPlatform platform, String seed) {
    return single(repository, tag, platform, seed, true);
  }

  /** A Docker manifest list with linux/amd64 and linux/arm64/v8 schema2 children. */
  public PushedImage dockerManifestList(String repository, String tag, String seed) {
    return index(repository, tag, seed, false);
  }

  /** An OCI index with linux/amd64 and linux/arm64/v8 OCI children. */
  public PushedImage ociIndex(String repository, String tag, String seed) {
    return index(repository, tag, seed, true);
  }

  /**
   * A single-platform image with the given config (serialised with sorted keys) and layers, in
   * manifest order; a layer listed twice is pushed once, as registries store blobs once.
   */
  public PushedImage withConfig(
      String repository,
      String tag,
      Map<String, Object> configJson,
      List<byte[]> layers,
      boolean oci) {
    return pushImage(repository, tag, json(configJson), layers, oci);
  }

  /** A reproducible gzipped layer holding one file. */
  public static byte[] layer(String fileName, String content) {
    return ImageBlobs.storedGzip(ImageBlobs.singleFileTar(fileName, content));
  }

  /** Puts already pushed manifest bytes under another tag (what {@code docker tag; push} does). */
  public PushedImage retag(PushedImage image, String tag) {
    pusher.putManifest(image.repository(), tag, image.mediaType(), image.manifest());
    return new PushedImage(
        image.repository(),
        tag,
        image.mediaType(),
        image.digest(),
        image.manifest(),
        image.configDigest(),
        image.config(),
        image.children());
  }

  /** Tags {@code t000 … t(count-1)} all pointing at one schema2 image. */
  public List<String> manyTags(String repository, int count) {
    PushedImage image = schema2(repository, "t000", TestPlatform.LINUX_AMD64, "many");
    List<String> tags = new ArrayList<>(List.of("t000"));
    for (int i = 1; i < count; i++) {
      tags.add(retag(image, String.format("t%03d", i)).tag());
    }
    return tags;
  }

  /** Pushes an image and deletes its manifest, so the tag and the digest are both unknown. */
  public PushedImage deleted(String repository, String tag) {
    PushedImage image = schema2(repository, tag, TestPlatform.LINUX_AMD64, "deleted");
    pusher.deleteManifest(repository, image.digest());
    return image;
  }

  private PushedImage single(
      String repository, String tag, TestPlatform platform, String seed, boolean oci) {
    byte[] layerTar = ImageBlobs.singleFileTar("hello.txt", "hello from " + seed + "\n");
    byte[] layer = ImageBlobs.storedGzip(layerTar);
    byte[] config = json(config(platform, seed, ImageBlobs.sha256(layerTar)));
    return pushImage(repository, tag, config, List.of(layer), oci);
  }

  /** Pushes the blobs (each distinct one once), then the manifest that lists them in order. */
  private PushedImage pushImage(
      String repository, String tag, byte[] config, List<byte[]> layers, boolean oci) {
    layers.stream().distinct().forEach(layer -> pusher.pushBlob(repository, layer));
    pusher.pushBlob(repository, config);
    String mediaType = oci ? OCI_MANIFEST : DOCKER_SCHEMA2;
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("schemaVersion", 2);
    manifest.put("mediaType", mediaType);
    manifest.put("config", descriptor(oci ? OCI_CONFIG : DOCKER_CONFIG, config));
    manifest.put(
        "layers",
        layers.stream().map(layer -> descriptor(oci ? OCI_LAYER : DOCKER_LAYER, layer)).toList());
    return put(
        repository, tag, mediaType, json(manifest), ImageBlobs.sha256(config), config, List.of());
  }

  private PushedImage index(String repository, String tag, String seed, boolean oci) {
    List<PushedImage> children = new ArrayList<>();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (TestPlatform platform : List.of(TestPlatform.LINUX_AMD64, TestPlatform.LINUX_ARM64_V8)) {
      PushedImage child =
          single(repository, null, platform, seed + "-" + platform.architecture(), oci);
      children.add(child);
      Map<String, Object> entry = descriptor(child.mediaType(), child.manifest());
      entry.put("platform", platformJson(platform));
      entries.add(entry);
    }
    String mediaType = oci ? OCI_INDEX : DOCKER_LIST;
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("schemaVersion", 2);
    index.put("mediaType", mediaType);
    index.put("manifests", entries);
    return put(repository, tag, mediaType, json(index), null, null, List.copyOf(children));
  }

  private PushedImage put(
      String repository,
      String tag,
      String mediaType,
      byte[] manifest,
      String configDigest,
      byte[] config,
      List<PushedImage> children) {
    String digest = ImageBlobs.sha256(manifest);
    String reported =
        pusher.putManifest(repository, tag == null ? digest : tag, mediaType, manifest);
    if (!digest.equals(reported)) {
      throw new IllegalStateException(
          "registry stored " + reported + " but the bytes hash to " + digest);
    }
    return new PushedImage(
        repository, tag, mediaType, digest, manifest, configDigest, config, children);
  }

  private static Map<String, Object> config(TestPlatform platform, String seed, String diffId) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("architecture", platform.architecture());
    config.put("os", platform.os());
    if (platform.variant() != null) {
      config.put("variant", platform.variant());
    }
    config.put("created", "2024-01-02T03:04:05Z");
    config.put(
        "config",
        Map.of(
            "Env", List.of("PATH=/usr/local/bin:/usr/bin:/bin", "SEED=" + seed),
            "Labels", Map.of("io.isctl.test.seed", seed)));
    config.put("rootfs", Map.of("type", "layers", "diff_ids", List.of(diffId)));
    // One history entry per layer: the registry's schema1 down-conversion refuses the image without
    // it.
    config.put(
        "history",
        List.of(Map.of("created", "2024-01-02T03:04:05Z", "created_by", "isctl test " + seed)));
    return config;
  }

  private static Map<String, Object> platformJson(TestPlatform platform) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("architecture", platform.architecture());
    json.put("os", platform.os());
    if (platform.variant() != null) {
      json.put("variant", platform.variant());
    }
    return json;
  }

  private static Map<String, Object> descriptor(String mediaType, byte[] content) {
    Map<String, Object> descriptor = new LinkedHashMap<>();
    descriptor.put("mediaType", mediaType);
    descriptor.put("size", content.length);
    descriptor.put("digest", ImageBlobs.sha256(content));
    return descriptor;
  }

  private static byte[] json(Object value) {
    try {
      return SORTED_JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
