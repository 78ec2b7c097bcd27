package io.isctl.model;

/**
 * One layer of an Image, base layer first ({@code image.openshift.io/dockerLayersOrder:
 * ascending}).
 *
 * @param name the layer's blob digest
 * @param size its size in bytes, as the manifest says
 * @param mediaType its media type, as the manifest says
 */
public record ImageLayer(String name, long size, String mediaType) {}
