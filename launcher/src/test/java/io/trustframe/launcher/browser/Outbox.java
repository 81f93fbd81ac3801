package io.trustframe.launcher.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The verify service's SMS outbox, read as its JSON API serves it ({@code GET /outbox/messages?to=…}, newest first). */
final class Outbox {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI verify;
    private final HttpClient http = HttpClient.newHttpClient();

    Outbox(URI verify) {
        this.verify = verify;
    }

    /** How many messages a number has received. */
    int count(String phone) {
        return messages(phone).size();
    }

    /** The text of the newest SMS to a number, which must be a message newer than the {@code before}-th. */
    String newest(String phone, int before) {
        JsonNode messages = messages(phone);
        if (messages.size() <= before) {
            throw new AssertionError("no new SMS to " + phone + " (still " + messages.size() + "): " + messages);
        }
        return messages.get(0).get("body").asString();
    }

    /** The six-digit code an SMS carries. */
    static String codeIn(String sms) {
        Matcher code = CODE.matcher(sms);
        if (!code.find()) {
            throw new AssertionError("no six-digit code in the SMS: " + sms);
        }
        return code.group(1);
    }

    private JsonNode messages(String phone) {
        URI uri = verify.resolve("/outbox/messages?to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("cannot read the outbox at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
