package io.isctl.registry.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS socket factory of the insecure client, whose TLS context is made at its first use: the
 * JDK's TLS stack costs tens of milliseconds to set up, which a run that only speaks plain HTTP to
 * its registries never needs to pay.
 */
final class LazySslSocketFactory extends SSLSocketFactory {
  private final X509TrustManager trustManager;
  private volatile SSLSocketFactory delegate;

  LazySslSocketFactory(X509TrustManager trustManager) {
    this.trustManager = trustManager;
  }

  private SSLSocketFactory delegate() {
    SSLSocketFactory factory = delegate;
    if (factory == null) {
      synchronized (this) {
        if (delegate == null) {
          try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, new SecureRandom());
            delegate = context.getSocketFactory();
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS support in this JVM", e);
          }
        }
        factory = delegate;
      }
    }
    return factory;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate().getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate().getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket() throws IOException {
    return delegate().createSocket();
  }

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose)
      throws IOException {
    return delegate().createSocket(socket, host, port, autoClose);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return delegate().createSocket(host, port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return delegate().createSocket(host, port, localHost, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return delegate().createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return delegate().createSocket(address, port, localAddress, localPort);
  }
}
