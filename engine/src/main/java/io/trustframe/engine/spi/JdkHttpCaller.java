package io.trustframe.engine.spi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * {@link HttpCaller} on {@code java.net.http}: what tests and the identity service use. A request that carries a
 * client certificate goes through a client whose TLS context presents it; there is one such client per certificate.
 */
public final class JdkHttpCaller implements HttpCaller {

    /** B2C's RESTful provider gives up after 30 seconds; the same bound applies when a request names none. */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The key store below never leaves memory; its password protects nothing. */
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    private final KeyStore trustStore;
    private final HttpClient client;
    private final Map<ClientCertificate, HttpClient> clientsByCertificate = new ConcurrentHashMap<>();

    /** Server certificates are checked against the JDK's own trust anchors. */
    public JdkHttpCaller() {
        this(null);
    }

    /** @param trustStore the anchors server certificates are checked against; null for the JDK's own */
    public JdkHttpCaller(KeyStore trustStore) {
        this.trustStore = trustStore;
        this.client = trustStore == null ? newClient().build() : newClient().sslContext(sslContext(null)).build();
    }

    @Override
    public HttpResponse call(HttpRequest request) {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(request.timeout() == null ? DEFAULT_TIMEOUT : request.timeout())
                .method(request.method(), request.body() == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        try {
            HttpClient sender = request.clientCertificate() == null ? client
                    : clientsByCertificate.computeIfAbsent(request.clientCertificate(),
                            certificate -> newClient().sslContext(sslContext(certificate)).build());
            var response = sender.send(builder.build(), BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = response.headers().map();
            return new HttpResponse(response.statusCode(), headers, response.body(), null);
        } catch (IOException e) {
            return HttpResponse.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            return HttpResponse.failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpResponse.failed("interrupted");
        }
    }

    private static HttpClient.Builder newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER);
    }

    /** A TLS context that trusts {@link #trustStore} and, when {@code certificate} is set, presents it. */
    private SSLContext sslContext(ClientCertificate certificate) {
        try {
            KeyManager[] keyManagers = null;
            if (certificate != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                keys.setKeyEntry("client", certificate.privateKey(), IN_MEMORY_PASSWORD,
                        certificate.chain().toArray(X509Certificate[]::new));
                KeyManagerFactory keyManagerFactory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagerFactory.init(keys, IN_MEMORY_PASSWORD);
                keyManagers = keyManagerFactory.getKeyManagers();
            }
            TrustManagerFactory trustManagerFactory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagerFactory.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagerFactory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The client certificate cannot be used for TLS: " + e.getMessage(), e);
        }
    }
}
