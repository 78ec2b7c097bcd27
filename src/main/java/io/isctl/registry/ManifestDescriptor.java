package io.isctl.registry;

/**
 * What a registry says about a manifest without its body (or computed from the body).
 *
 * @param mediaType the manifest's media type, without parameters
 * @param digest the manifest digest
 * @param size the manifest size in bytes, or -1 when the registry did not say
 */
public record ManifestDescriptor(String mediaType, ContentDigest digest, long size) {}
