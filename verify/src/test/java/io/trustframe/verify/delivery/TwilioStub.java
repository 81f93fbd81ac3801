package io.trustframe.verify.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for api.twilio.com at the edge of the machine: records what the relay posts and answers like Twilio's
 * Messages API, or refuses like it when told to.
 */
public final class TwilioStub implements AutoCloseable {

    /** One request as the stub received it. */
    public record Received(String method, String path, String authorization, Map<String, String> form) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    public TwilioStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = body.isEmpty() ? Map.of() : Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), form));
        String response;
        int status;
        if (refusing) {
            status = 400;
            response = "{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient\","
                    + "\"more_info\":\"https://www.twilio.com/docs/errors/21610\",\"status\":400}";
        } else {
            status = 201;
            response = "{\"sid\":\"SMffffffffffffffffffffffffffffffff\",\"status\":\"queued\",\"to\":\""
                    + form.get("To") + "\",\"body\":\"accepted\",\"num_segments\":\"1\","
                    + "\"direction\":\"outbound-api\"}";
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
