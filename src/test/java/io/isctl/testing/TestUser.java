package io.isctl.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A user name and password the test registries and token server accept. */
public record TestUser(String username, String password) {

  /** The user most tests log in as. */
  public static final TestUser ALICE = new TestUser("alice", "s3cr:et-pass");

  /** {@code Basic base64(user:password)}. */
  public String basicAuthorization() {
    String pair = username + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "TestUser[" + username + "]";
  }
}
