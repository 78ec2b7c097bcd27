package io.isctl.registry.auth;

import io.isctl.registry.RegistryRepository;
import java.util.Optional;

/** Finds credentials for a repository, keyed by the registry (never by the token realm's host). */
@FunctionalInterface
public interface CredentialStore {

  /** The credentials to use for the repository, if any are configured. */
  Optional<Credential> find(RegistryRepository repository);

  /** Anonymous access everywhere. */
  static CredentialStore none() {
    return repository -> Optional.empty();
  }
}
