package io.trustframe.launcher.scenario;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person's browser over plain HTTP (safe to use from two threads at once, like a double click): its own cookies, and redirects followed one at a time, so a test sees every
 * hop and can stop before one (to keep, alter or hand over an authorization response, as an attacker could).
 * Pages that post themselves on load (OpenID Connect {@code form_post}) are submitted, as a browser with scripts
 * does.
 */
public final class Browser {

    private static final int MAX_HOPS = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<URI> history = new CopyOnWriteArrayList<>();

    /** Where a navigation ended: on a {@link Page}, or stopped before a {@link Redirect}. */
    public sealed interface Arrival permits Page, Redirect {
    }

    /** A location the browser was told to go to and was stopped before requesting. */
    public record Redirect(URI location) implements Arrival {
    }

    /** Opens a URL and follows redirects to the page they end on. */
    public Page open(URI uri) {
        return arrive(navigate(get(uri), location -> false), uri);
    }

    /** Opens a URL and follows redirects until the next location matches {@code stopBefore}; does not request it. */
    public URI openUntil(URI uri, Predicate<URI> stopBefore) {
        return stop(navigate(get(uri), stopBefore), uri);
    }

    /** Submits a form by pressing {@code button} (null: without a button) and follows redirects to a page. */
    public Page submit(Form form, Form.Button button) {
        return arrive(navigate(request(form, button), location -> false), form.action());
    }

    /** Submits a form and follows redirects until the next location matches {@code stopBefore}. */
    public URI submitUntil(Form form, Form.Button button, Predicate<URI> stopBefore) {
        return stop(navigate(request(form, button), stopBefore), form.action());
    }

    /** Opens a URL and follows redirects until a page, or until the next location matches {@code stopBefore}. */
    public Arrival go(URI uri, Predicate<URI> stopBefore) {
        return navigate(get(uri), stopBefore);
    }

    /** Submits a form and follows redirects until a page, or until the next location matches {@code stopBefore}. */
    public Arrival go(Form form, Form.Button button, Predicate<URI> stopBefore) {
        return navigate(request(form, button), stopBefore);
    }

    /** Every URL requested so far, in order. */
    public List<URI> history() {
        return List.copyOf(history);
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    }

    private static HttpRequest request(Form form, Form.Button button) {
        String body = form.submission(button).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        if (form.method().equals("GET")) {
            URI action = form.action();
            return get(URI.create(action.toString().replaceFirst("[?#].*$", "") + (body.isEmpty() ? "" : "?" + body)));
        }
        return HttpRequest.newBuilder(form.action()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Arrival navigate(HttpRequest first, Predicate<URI> stopBefore) {
        HttpRequest request = first;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                URI location = request.uri().resolve(response.headers().firstValue("Location").get());
                if (stopBefore.test(location)) {
                    return new Redirect(location);
                }
                request = get(location);
                continue;
            }
            Document document = Jsoup.parse(response.body(), request.uri().toString());
            Page page = new Page(request.uri(), status, document);
            if (postsItselfOnLoad(document)) {
                Form form = page.form();
                if (stopBefore.test(form.action())) {
                    return new Redirect(form.action());
                }
                request = request(form, null);
                continue;
            }
            return page;
        }
        throw new AssertionError("more than " + MAX_HOPS + " redirects from " + first.uri() + ": " + history);
    }

    private static boolean postsItselfOnLoad(Document document) {
        return document.body() != null && document.body().attr("onload").contains("submit()")
                && document.select("form").size() == 1;
    }

    private HttpResponse<String> send(HttpRequest request) {
        history.add(request.uri());
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.uri(), e);
        }
    }

    private static Page arrive(Arrival outcome, URI from) {
        if (outcome instanceof Page page) {
            return page;
        }
        throw new AssertionError("stopped unexpectedly before " + ((Redirect) outcome).location() + " from " + from);
    }

    private static URI stop(Arrival outcome, URI from) {
        if (outcome instanceof Redirect redirect) {
            return redirect.location();
        }
        throw new AssertionError("from " + from + " the browser ended on a page instead of the expected redirect: "
                + outcome);
    }

    /** Query parameters of a URL, decoded (last value wins), e.g. of an authorization response. */
    public static Map<String, String> query(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        return java.util.Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, last) -> last, java.util.LinkedHashMap::new));
    }

    /** The URL with one query parameter set (added or replaced), as a person editing the address bar would. */
    public static URI withQuery(URI uri, String name, String value) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(query(uri));
        parameters.put(name, value);
        String raw = parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(uri.toString().replaceFirst("[?#].*$", "") + "?" + raw);
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
