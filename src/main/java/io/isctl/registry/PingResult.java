package io.isctl.registry;

import java.net.URI;
import java.util.Optional;

/**
 * What {@code GET /v2/} told us about a registry.
 *
 * @param baseUrl the scheme, host and port chosen for the API ({@code https} unless insecure and
 *     https failed)
 * @param authScheme {@code bearer} or {@code basic} when the registry asked for authentication
 */
public record PingResult(URI baseUrl, Optional<String> authScheme) {}
