package io.isctl.ops;

/**
 * {@code isctl resolve [ns/]NAME:TAG} or {@code [ns/]NAME@ID}.
 *
 * @param target as typed
 * @param via {@code trigger} or {@code lookup}
 * @param namespace the current namespace
 */
public record ResolveRequest(String target, String via, boolean explain, String namespace) {}
