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
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript: keeps cookies, and submits a page's form the way a browser does — every field with
 * the value the page put in it, then what the user typed, and the pressed button's {@code _action}. A {@code route}
 * can send a form to another node than the one that served the page, as a load balancer in front of several
 * identity nodes would.
 */
final class PageBrowser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private HttpResponse<String> last;

    /** A browser opening absolute URLs. */
    PageBrowser() {
        this("");
    }

    /** A browser opening paths of {@code base}. */
    PageBrowser(String base) {
        this.base = base;
    }

    /** A header every request carries, e.g. Accept-Language. */
    PageBrowser with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    HttpResponse<String> open(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    /** Presses the button whose {@code _action} is {@code action} after typing {@code typed} into the form. */
    HttpResponse<String> press(String action, Map<String, String> typed) {
        return press(UnaryOperator.identity(), action, typed);
    }

    /** Presses the button as {@link #press(String, Map)} does, sending the form to the URL {@code route} makes of its action. */
    HttpResponse<String> press(UnaryOperator<String> route, String action, Map<String, String> typed) {
        Document page = page();
        Element form = page.selectFirst("form[method=post]");
        assertThat(form).as("a form on the page").isNotNull();
        assertThat(form.select("button[name=_action]").eachAttr("value")).as("the page's buttons").contains(action);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name]")) {
            String type = input.attr("type");
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").eachAttr("value").stream().findFirst().orElse("")
                    : input.attr("value");
            fields.put(input.attr("name"), value);
        }
        fields.putAll(typed);
        fields.put("_action", action);
        return remember(send(HttpRequest.newBuilder(URI.create(route.apply(form.absUrl("action"))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))));
    }

    HttpResponse<String> last() {
        return last;
    }

    /** The cookies the browser sends, by name; changing them changes what it sends. */
    Map<String, String> cookies() {
        return cookies;
    }

    /** Where the last response redirects to. */
    String location() {
        return last.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "a redirect, got " + last.statusCode() + ": " + last.body()));
    }

    /** The form's {@code tx} and {@code csrf_token}, which tie a post to the journey step the page showed. */
    Map<String, String> hidden() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : new String[] {"tx", "csrf_token"}) {
            Element input = page().selectFirst("form[method=post] input[name=" + name + "]");
            assertThat(input).as("the page's hidden field " + name + ": " + last.body()).isNotNull();
            values.put(name, input.attr("value"));
        }
        return values;
    }

    /** The URL the page's form posts to. */
    String formAction() {
        Element form = page().selectFirst("form[method=post]");
        assertThat(form).as("a form on the page").isNotNull();
        return form.absUrl("action");
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The query parameters of a redirect's URL. */
    static Map<String, String> query(String location) {
        return parameters(URI.create(location).getRawQuery());
    }

    /** Form-encoded parameters, decoded: a query or a fragment. */
    static Map<String, String> parameters(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    Document page() {
        assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
        return Jsoup.parse(last.body(), last.uri().toString());
    }

    /** What the user reads on the button that submits {@code action}. */
    String buttonLabel(String action) {
        Element button = page().selectFirst("button[name=_action][value=\"" + action + "\"]");
        assertThat(button).as("button " + action).isNotNull();
        return button.text();
    }

    /** The value the field named {@code name} shows. */
    String value(String name) {
        Element input = page().selectFirst("input[name=\"" + name + "\"]");
        assertThat(input).as("field " + name).isNotNull();
        return input.attr("value");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
