package io.trustframe.launcher.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One phone's messages in verify's SMS outbox ({@code GET /outbox/messages?to=…}), as the customer reads them. */
public final class SmsInbox {

    private static final Pattern CODE = Pattern.compile("(?<!\\d|\\d[.,])(\\d{4,8})(?!\\d|[.,]\\d)");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final URI verify;
    private final String phone;
    private final HttpClient http = HttpClient.newHttpClient();

    public SmsInbox(URI verify, String phone) {
        this.verify = verify;
        this.phone = phone;
    }

    /** The texts of every SMS to this phone, newest first. */
    public List<String> messages() {
        URI uri = verify.resolve("/outbox/messages?to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
            List<String> bodies = new ArrayList<>();
            for (JsonNode message : JsonMapper.builder().build().readTree(response.body())) {
                bodies.add(message.path("body").asString());
            }
            return bodies;
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The newest SMS once there are more than {@code before} (delivery may lag the page by a moment). */
    public String newMessageAfter(int before) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<String> messages = messages();
            if (messages.size() > before) {
                return messages.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no new SMS to " + phone + " within " + WAIT.toSeconds() + "s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The one-time code in an SMS: the first run of 4–8 digits that is not part of a number (amount, phone). */
    public static String code(String sms) {
        Matcher matcher = CODE.matcher(sms);
        if (!matcher.find()) {
            throw new AssertionError("no code in the SMS: " + sms);
        }
        return matcher.group(1);
    }
}
