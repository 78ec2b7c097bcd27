package io.isctl.importer;

import io.isctl.reference.ImageReference;
import io.isctl.registry.RegistryRepository;

/**
 * Where an image source lives, with Docker's defaults applied: {@code nginx} is {@code
 * docker.io/library/nginx}, by tag {@code latest} unless a tag or digest is written.
 *
 * @param reference the tag or digest to ask for
 */
record SourceRepository(RegistryRepository repository, String reference, boolean byDigest) {

  static SourceRepository of(ImageReference ref) {
    ImageReference defaults = ref.dockerClientDefaults();
    String path =
        defaults.namespace().isEmpty()
            ? defaults.name()
            : defaults.namespace() + "/" + defaults.name();
    RegistryRepository repository = RegistryRepository.of(defaults.registry(), path);
    boolean byDigest = !ref.id().isEmpty();
    return new SourceRepository(repository, byDigest ? ref.id() : defaults.tag(), byDigest);
  }

  /** {@code registry/path}, as mirror rules match it. */
  String name() {
    return repository.registry() + "/" + repository.repository();
  }
}
