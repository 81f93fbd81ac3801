package io.trustframe.engine.spi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@link HttpCaller} on {@code java.net.http}: what tests and the identity service use. */
public final class JdkHttpCaller implements HttpCaller {

    /** B2C's RESTful provider gives up after 30 seconds; the same bound applies when a request names none. */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    public JdkHttpCaller() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    public JdkHttpCaller(HttpClient client) {
        this.client = client;
    }

    @Override
    public HttpResponse call(HttpRequest request) {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(request.timeout() == null ? DEFAULT_TIMEOUT : request.timeout())
                .method(request.method(), request.body() == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        try {
            var response = client.send(builder.build(), BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = response.headers().map();
            return new HttpResponse(response.statusCode(), headers, response.body(), null);
        } catch (IOException e) {
            return HttpResponse.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpResponse.failed("interrupted");
        }
    }
}
