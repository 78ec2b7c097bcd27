package io.isctl.testing;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** An RSA key pair with a self-signed certificate, for test TLS servers and the token signer. */
public record SelfSignedCertificate(KeyPair keyPair, X509Certificate certificate) {

  static SelfSignedCertificate generate(String commonName) {
    return generate(commonName, new GeneralName[0]);
  }

  /**
   * A certificate for a TLS server reached at {@code ipAddress}, which a client that trusts it
   * accepts there.
   */
  public static SelfSignedCertificate forIpAddress(String ipAddress) {
    return generate(ipAddress, new GeneralName(GeneralName.iPAddress, ipAddress));
  }

  /**
   * A certificate for a host name only: a client that trusts it must still refuse it at an IP
   * address.
   */
  public static SelfSignedCertificate forHostName(String hostName) {
    return generate(hostName, new GeneralName(GeneralName.dNSName, hostName));
  }

  private static SelfSignedCertificate generate(
      String commonName, GeneralName... alternativeNames) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500Name("CN=" + commonName);
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.ONE,
              Date.from(now.minus(1, ChronoUnit.DAYS)),
              Date.from(now.plus(30, ChronoUnit.DAYS)),
              name,
              pair.getPublic());
      if (alternativeNames.length > 0) {
        builder.addExtension(
            Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames));
      }
      var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
      X509Certificate cert =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new SelfSignedCertificate(pair, cert);
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException("generating a test certificate", e);
    }
  }

  /**
   * Writes a PKCS12 trust store holding this certificate, for {@code -Djavax.net.ssl.trustStore}.
   */
  public void writeTrustStore(Path file, String password) {
    try (OutputStream out = Files.newOutputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("trusted", certificate);
      store.store(out, password.toCharArray());
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("writing a trust store", e);
    }
  }

  /** A TLS server context presenting this certificate. */
  public SSLContext serverContext() {
    try {
      char[] password = "test".toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", keyPair.getPrivate(), password, new Certificate[] {certificate});
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("building a test TLS context", e);
    }
  }
}
