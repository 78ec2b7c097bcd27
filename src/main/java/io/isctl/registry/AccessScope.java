package io.isctl.registry;

import java.util.Objects;

/**
 * What a request reads, as authentication sees it: whose credentials apply and which token scope to
 * ask for (distribution {@code auth/scope.md}).
 *
 * @param credentialsFor the repository whose credentials are used (credential files key by registry
 *     or repository)
 * @param scope the token scope, for example {@code repository:ns/name:pull} or {@code
 *     registry:catalog:*}
 */
public record AccessScope(RegistryRepository credentialsFor, String scope) {

  /** The scope distribution's token servers require for {@code GET /v2/_catalog}. */
  public static final String CATALOG_SCOPE = "registry:catalog:*";

  public AccessScope {
    Objects.requireNonNull(credentialsFor, "credentialsFor");
    Objects.requireNonNull(scope, "scope");
  }

  /** Reading one repository. */
  public static AccessScope pull(RegistryRepository repository) {
    return new AccessScope(repository, repository.pullScope());
  }

  /**
   * Listing a registry's repositories. {@code _catalog} can never be a repository name, so the
   * credential lookup falls through to the registry's own entry.
   */
  public static AccessScope catalog(String registry) {
    return new AccessScope(new RegistryRepository(registry, "_catalog"), CATALOG_SCOPE);
  }

  /** The registry, as users name it. */
  public String registry() {
    return credentialsFor.registry();
  }
}
