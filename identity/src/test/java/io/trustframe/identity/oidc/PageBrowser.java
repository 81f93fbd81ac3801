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
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript: keeps cookies, and submits a page's form the way a browser does — every field with
 * the value the page put in it, then what the user typed, and the pressed button's {@code _action}.
 */
final class PageBrowser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private HttpResponse<String> last;

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
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    HttpResponse<String> last() {
        return last;
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
