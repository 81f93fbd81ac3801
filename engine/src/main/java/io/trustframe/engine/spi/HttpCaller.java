package io.trustframe.engine.spi;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The only way the engine reaches the network (RESTful profiles, id_token_hint metadata and keys, federation token
 * endpoints). {@link JdkHttpCaller} is the plain JDK implementation.
 */
@FunctionalInterface
public interface HttpCaller {

    HttpResponse call(HttpRequest request);

    /**
     * A request as the engine builds it; {@code body} may be null, and so may {@code clientCertificate} (the TLS
     * client credential to present, when the server asks for one).
     */
    record HttpRequest(String method, String url, Map<String, List<String>> headers, byte[] body, Duration timeout,
                       ClientCertificate clientCertificate) {
        public HttpRequest {
            headers = Map.copyOf(headers);
        }

        public HttpRequest(String method, String url, Map<String, List<String>> headers, byte[] body, Duration timeout) {
            this(method, url, headers, body, timeout, null);
        }

        public static HttpRequest get(String url, Duration timeout) {
            return new HttpRequest("GET", url, Map.of(), null, timeout);
        }
    }

    /** {@code status} 0 with an {@code error} means no response at all (connection refused, timeout). */
    record HttpResponse(int status, Map<String, List<String>> headers, byte[] body, String error) {
        public HttpResponse {
            headers = Map.copyOf(headers);
            body = body == null ? new byte[0] : body;
        }

        public static HttpResponse failed(String error) {
            return new HttpResponse(0, Map.of(), null, error);
        }

        public String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }
}
