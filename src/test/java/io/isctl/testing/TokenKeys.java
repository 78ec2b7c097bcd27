package io.isctl.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

/** The token server's RSA signing key, its self-signed certificate and its libtrust key id. */
final class TokenKeys {

  private final KeyPair keyPair;
  private final X509Certificate certificate;
  private final String keyId;

  private TokenKeys(KeyPair keyPair, X509Certificate certificate, String keyId) {
    this.keyPair = keyPair;
    this.certificate = certificate;
    this.keyId = keyId;
  }

  static TokenKeys generate() {
    SelfSignedCertificate generated = SelfSignedCertificate.generate("isctl test token issuer");
    try {
      return new TokenKeys(
          generated.keyPair(),
          generated.certificate(),
          libtrustKeyId(generated.keyPair().getPublic().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("computing the token key id", e);
    }
  }

  /**
   * distribution 2.8 finds the key by libtrust's id: base32 of the first 240 bits of sha256(SPKI
   * DER).
   */
  static String libtrustKeyId(byte[] subjectPublicKeyInfo) throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(subjectPublicKeyInfo);
    String encoded = base32(Arrays.copyOf(hash, 30));
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < encoded.length(); i += 4) {
      id.append(i == 0 ? "" : ":").append(encoded, i, Math.min(i + 4, encoded.length()));
    }
    return id.toString();
  }

  private static String base32(byte[] bytes) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  String certificatePem() {
    try {
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A compact JWS (RS256) over the given claims JSON. */
  String sign(String claimsJson) {
    String header = "{\"typ\":\"JWT\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\"}";
    String signingInput =
        base64Url(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + base64Url(claimsJson.getBytes(StandardCharsets.UTF_8));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(keyPair.getPrivate());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + base64Url(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing a test token", e);
    }
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
