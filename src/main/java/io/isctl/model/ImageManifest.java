package io.isctl.model;

/**
 * One entry of a manifest list's Image ({@code dockerImageManifests}): a sub-manifest, itself an
 * Image.
 *
 * @param variant "" when the list names none
 */
public record ImageManifest(
    String digest,
    String mediaType,
    long manifestSize,
    String architecture,
    String os,
    String variant) {}
