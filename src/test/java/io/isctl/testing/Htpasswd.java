package io.isctl.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Writes htpasswd lines with bcrypt hashes, the only kind distribution's htpasswd accepts. */
final class Htpasswd {

  private Htpasswd() {}

  static String lines(List<TestUser> users) {
    return users.stream()
        .map(user -> user.username() + ":" + bcrypt(user))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String bcrypt(TestUser user) {
    // A salt derived from the name keeps the file reproducible; cost 4 is bcrypt's minimum (fast
    // tests).
    byte[] salt = new byte[16];
    byte[] name = user.username().getBytes(StandardCharsets.UTF_8);
    System.arraycopy(name, 0, salt, 0, Math.min(name.length, salt.length));
    return OpenBSDBCrypt.generate("2a", user.password().toCharArray(), salt, 4);
  }
}
