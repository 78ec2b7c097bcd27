package io.isctl.testing;

/** The platform a test image claims in its config and in index entries. */
public record TestPlatform(String os, String architecture, String variant) {

  public static final TestPlatform LINUX_AMD64 = new TestPlatform("linux", "amd64", null);
  public static final TestPlatform LINUX_ARM64_V8 = new TestPlatform("linux", "arm64", "v8");
}
