package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser with JavaScript off: keeps cookies, follows nothing by itself, submits the current page's one form with
 * the button pressed ({@code _action}) and the fields typed, the way the journey pages expect.
 */
final class FormBrowser {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    HttpResponse<String> last;

    HttpResponse<String> open(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Follows the last answer's redirect. */
    HttpResponse<String> follow() {
        assertThat(last.statusCode()).as("a redirect: " + last.body()).isIn(302, 303);
        return open(location());
    }

    String location() {
        return last.headers().firstValue("Location").orElseThrow();
    }

    /** Presses a button of the current page's form. */
    HttpResponse<String> submit(String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(hidden());
        form.put("_action", action);
        form.putAll(fields);
        return post(formAction(), form);
    }

    /** What a browser does with an auto-submitting form_post page: posts its hidden fields to its action. */
    HttpResponse<String> submitFormPost() {
        return post(formAction(), hidden());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    Map<String, String> hidden() {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(last.body());
        while (m.find()) {
            values.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return values;
    }

    String formAction() {
        Matcher m = ACTION.matcher(last.body());
        assertThat(m.find()).as("a form on the page: " + last.body()).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            last = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        last.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        return last;
    }
}
