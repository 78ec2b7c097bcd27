package io.isctl.registry;

import io.isctl.base.OneLine;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;

/**
 * {@code --loglevel=8}: every HTTP exchange with a registry or token server on stderr, as oc's
 * round trippers print them. What it gets is already redacted: no credential, token or signed URL
 * reaches it.
 */
public final class HttpTrace implements RequestObserver {
  private final PrintWriter err;

  public HttpTrace(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onRequest(String method, URI url) {
    // Logged with its response, when the redacted headers are known.
  }

  @Override
  public synchronized void onResponse(
      String method,
      String url,
      List<String> requestHeaders,
      int status,
      List<String> responseHeaders) {
    err.println("I " + method + " " + url + " " + status);
    requestHeaders.forEach(header -> err.println("I   > " + OneLine.of(header)));
    responseHeaders.forEach(header -> err.println("I   < " + OneLine.of(header)));
    err.flush();
  }
}
