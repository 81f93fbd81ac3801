package io.trustframe.identity.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.trustframe.identity.IdentitySettings;

/**
 * A tenant's page templates, as B2C loads a ContentDefinition's LoadUri: an absolute URL on one of the configured
 * origins ({@code trustframe.identity.pages.template-origins}) is fetched (bounded size and time, cached a while) and
 * must hold exactly one {@code <div id="api">}, where our page content goes. {@code ~/…} and other relative LoadUris
 * name our built-in templates. Redirects are not followed: a template must be where the policy says.
 */
@Component
public class PageTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(PageTemplates.class);
    static final int MAX_BYTES = 512 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final Duration CACHE_FOR = Duration.ofMinutes(5);
    static final int CACHE_ENTRIES = 64;
    private static final Pattern API_DIV = Pattern.compile(
            "<div\\b[^>]*?\\sid\\s*=\\s*(?:\"api\"|'api'|api(?=[\\s>/]))[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);

    private final Set<String> origins;
    private final HttpClient http;
    private final Clock clock;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    public PageTemplates(IdentitySettings settings, Clock clock) {
        this.origins = origins(settings.pages().templateOrigins());
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A tenant template: the HTML up to the inside of {@code <div id="api">} and the rest. */
    public record Template(URI uri, String before, String after) {

        /** The template with our page content in its {@code <div id="api">} and our head elements in its head. */
        public String render(String head, String content) {
            Matcher headEnd = HEAD_END.matcher(before);
            String top = headEnd.find() ? before.substring(0, headEnd.start()) + head + before.substring(headEnd.start())
                    : head + before;
            return top + content + after;
        }
    }

    /** Why a tenant template cannot be used; {@code code} is B2C's error code where B2C has one. */
    public static final class TemplateException extends Exception {
        private final String code;

        TemplateException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** What the error page says: B2C's {@code AADB2C…: message} form when there is a code. */
        public String userMessage() {
            return code == null ? getMessage() : code + ": " + getMessage();
        }
    }

    /** The LoadUri's tenant template, or null when it names a built-in template. */
    public Template load(String loadUri) throws TemplateException {
        URI uri = tenantUri(loadUri);
        if (uri == null) {
            return null;
        }
        String origin = origin(uri);
        if (!origins.contains(origin)) {
            throw fail(uri, null, "The page template " + uri + " is not on an allowed origin (" + origin
                    + " is not in trustframe.identity.pages.template-origins).");
        }
        Instant now = clock.instant();
        Cached cached = cache.get(uri);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.template();
        }
        Template template = parse(uri, fetch(uri));
        if (cache.size() >= CACHE_ENTRIES) {
            cache.clear();
        }
        cache.put(uri, new Cached(template, now.plus(CACHE_FOR)));
        return template;
    }

    private record Cached(Template template, Instant until) {
    }

    /** An absolute http(s) LoadUri; {@code ~/…} and relative ones name our own templates. */
    static URI tenantUri(String loadUri) {
        if (loadUri == null || loadUri.isBlank() || loadUri.strip().startsWith("~")) {
            return null;
        }
        try {
            URI uri = URI.create(loadUri.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String fetch(URI uri) throws TemplateException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw fail(uri, null, "The page template " + uri + " could not be loaded: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(uri, null, "The page template " + uri + " could not be loaded: interrupted.");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() == 404) {
                // B2C's code for a LoadUri whose host answers 404.
                throw fail(uri, "AADB2C90002", "The CORS resource '" + uri + "' returned a 404 not found.");
            }
            if (response.statusCode() != 200) {
                throw fail(uri, null, "The page template " + uri + " answered HTTP " + response.statusCode() + ".");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = body.read(buffer)) != -1; ) {
                if (out.size() + n > MAX_BYTES) {
                    throw fail(uri, null, "The page template " + uri + " is larger than " + MAX_BYTES / 1024 + " KB.");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw fail(uri, null, "The page template " + uri + " could not be read: " + e.getMessage() + ".");
        }
    }

    static Template parse(URI uri, String html) throws TemplateException {
        Matcher api = API_DIV.matcher(html);
        List<Integer> ends = new ArrayList<>();
        while (api.find()) {
            ends.add(api.end());
        }
        if (ends.size() != 1) {
            throw fail(uri, null, "The page template " + uri + " must contain exactly one <div id=\"api\"> for the page"
                    + " content; it has " + ends.size() + ".");
        }
        return new Template(uri, html.substring(0, ends.get(0)), html.substring(ends.get(0)));
    }

    private static TemplateException fail(URI uri, String code, String message) {
        LOG.warn("page template {} unusable{}: {}", uri, code == null ? " (B2C has no error code for this)" : " " + code,
                message);
        return new TemplateException(code, message);
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** The configured origins; an http origin other than localhost is a configuration error. */
    static Set<String> origins(String configured) {
        if (configured == null || configured.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(entry -> {
            URI uri;
            try {
                uri = URI.create(entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("trustframe.identity.pages.template-origins: not an origin: " + entry);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null
                    || !(scheme.equals("https") || scheme.equals("http"))) {
                throw new IllegalStateException("trustframe.identity.pages.template-origins: not an origin: " + entry);
            }
            if (scheme.equals("http") && !isLocalhost(uri.getHost())) {
                throw new IllegalStateException("trustframe.identity.pages.template-origins: " + entry
                        + " — templates travel over https; plain http is allowed only for localhost");
            }
            return origin(uri);
        }).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isLocalhost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }
}
