package io.isctl.model;

/**
 * The cluster's registry hostnames, from the {@code config.openshift.io/v1 Image cluster} resource.
 *
 * @param internal the integrated registry, as Pods reach it ({@code
 *     status.internalRegistryHostname}); "" for none
 * @param external its public route (the first of {@code status.externalRegistryHostnames}); "" for
 *     none
 */
public record RegistryHostnames(String internal, String external) {

  public static final String DEFAULT_INTERNAL = "image-registry.openshift-image-registry.svc:5000";
  public static final RegistryHostnames DEFAULT = new RegistryHostnames(DEFAULT_INTERNAL, "");

  public RegistryHostnames {
    internal = internal == null ? "" : internal;
    external = external == null ? "" : external;
  }
}
