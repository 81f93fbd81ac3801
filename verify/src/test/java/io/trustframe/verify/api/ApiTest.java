package io.trustframe.verify.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.verify.v2.Service;

import io.trustframe.verify.DevelopmentAccount;
import io.trustframe.verify.MutableClock;
import io.trustframe.verify.VerifyApplication;
import io.trustframe.verify.delivery.RelayHttpClient;

/**
 * A verify server on a random port with a fresh in-memory database, driven the way users drive Twilio: with the
 * official twilio-java SDK (pointed here by {@link RelayHttpClient}), and with raw HTTP where the wire matters.
 * Subclasses share one server; each test uses its own numbers and services.
 */
@SpringBootTest(classes = VerifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=verify",
                "spring.datasource.url=jdbc:h2:mem:verify-api-${random.uuid};DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "trustframe.verify.code-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "trustframe.verify.accounts[0].sid=" + ApiTest.ACCOUNT_SID,
                "trustframe.verify.accounts[0].auth-token=" + ApiTest.AUTH_TOKEN,
                "trustframe.verify.accounts[0].api-keys[0].sid=" + ApiTest.API_KEY_SID,
                "trustframe.verify.accounts[0].api-keys[0].secret=" + ApiTest.API_KEY_SECRET,
                "trustframe.verify.accounts[1].sid=" + ApiTest.OTHER_ACCOUNT_SID,
                "trustframe.verify.accounts[1].auth-token=" + ApiTest.OTHER_AUTH_TOKEN,
                "trustframe.verify.sender-ids=+15017122661,Trustframe"
        })
@Import(ApiTest.Clocks.class)
abstract class ApiTest {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "test-auth-token-0123456789abcdef";
    static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";
    static final String API_KEY_SECRET = "test-api-key-secret";
    static final String OTHER_ACCOUNT_SID = "ACfedcba9876543210fedcba9876543210";
    static final String OTHER_AUTH_TOKEN = "other-auth-token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    DevelopmentAccount development;

    @Autowired
    JdbcClient jdbc;

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The SDK as a user configures it, with the account's SID and auth token. */
    TwilioRestClient client() {
        return client(ACCOUNT_SID, AUTH_TOKEN);
    }

    TwilioRestClient client(String username, String password) {
        return new TwilioRestClient.Builder(username, password)
                .accountSid(username.startsWith("AC") ? username : ACCOUNT_SID)
                .httpClient(new RelayHttpClient(baseUrl()))
                .build();
    }

    Service psd2Service() {
        return Service.creator("Contoso Bank").setPsd2Enabled(true).create(client());
    }

    Service plainService() {
        return Service.creator("Contoso").create(client());
    }

    /** The outbox's messages to a number, newest first, as its JSON API lists them. */
    List<Map<String, Object>> outbox(String to) {
        HttpResponse<String> response = raw("GET", "/outbox/messages?to=" + encode(to), null, null);
        try {
            return JSON.readValue(response.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    /** The code in the newest SMS to the number. */
    String latestCode(String to) {
        String body = (String) outbox(to).get(0).get("body");
        Matcher code = Pattern.compile(":\\s*([0-9A-Za-z]{4,10})\\.").matcher(body);
        if (!code.find()) {
            throw new AssertionError("no code in " + body);
        }
        return code.group(1);
    }

    static String wrong(String code) {
        return code.charAt(0) == '1' ? "2" + code.substring(1) : "1" + code.substring(1);
    }

    HttpResponse<String> raw(String method, String path, Map<String, String> form, String basicAuth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (basicAuth != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            request.method(method, HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"))));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
