package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser for the journey pages: keeps cookies, reads the current page's form and posts it. The {@code route}
 * decides which node a URL goes to, as a load balancer in front of several identity nodes would.
 */
final class RoutingBrowser {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(tx|csrf_token)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<String, String> cookies = new LinkedHashMap<>();
    HttpResponse<String> last;

    HttpResponse<String> open(String url) {
        return remember(send(withCookies(HttpRequest.newBuilder(URI.create(url))).GET()));
    }

    /** Posts the current page's form, with {@code _action} and the fields, to its action. */
    HttpResponse<String> submit(String action, Map<String, String> fields) {
        return submit(UnaryOperator.identity(), action, fields);
    }

    /** Posts the current page's form, with {@code _action} and the fields, to the URL {@code route} makes of its action. */
    HttpResponse<String> submit(UnaryOperator<String> route, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(hidden());
        form.put("_action", action);
        form.putAll(fields);
        return remember(send(withCookies(HttpRequest.newBuilder(URI.create(route.apply(formAction()))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))));
    }

    String location() {
        return last.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "a redirect, got " + last.statusCode() + ": " + last.body()));
    }

    Map<String, String> hidden() {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(last.body());
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        assertThat(values).as("the page's hidden fields: " + last.body()).containsKeys("tx", "csrf_token");
        return values;
    }

    String formAction() {
        Matcher m = ACTION.matcher(last.body());
        assertThat(m.find()).as("a form on the page").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The query parameters of a redirect's URL. */
    static Map<String, String> query(String location) {
        return parameters(URI.create(location).getRawQuery());
    }

    static Map<String, String> parameters(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        last = response;
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
