package io.isctl.importer;

import java.util.function.Predicate;

/**
 * What an import needs to create Image objects as the server does.
 *
 * @param now the import time (RFC 3339), the creation time of every new Image
 * @param stored whether the store already has the Image of a digest: such an Image is neither
 *     fetched nor built again
 */
public record ImageCreation(String now, Predicate<String> stored) {}
