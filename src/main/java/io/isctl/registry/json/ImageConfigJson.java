package io.isctl.registry.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The image config blob fields OpenShift copies into image metadata (image-spec {@code config.md}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageConfigJson(
    String architecture,
    String os,
    String variant,
    String created,
    String author,
    ContainerConfigJson config) {}
