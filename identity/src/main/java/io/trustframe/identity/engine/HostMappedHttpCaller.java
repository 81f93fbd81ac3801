package io.trustframe.identity.engine;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.trustframe.engine.spi.HttpCaller;

/**
 * Sends the engine's requests for some hosts elsewhere: policies keep Twilio's real URLs
 * ({@code https://verify.twilio.com/v2/…}) and reach Trustframe's verify service. Path and query are kept; scheme,
 * host and port come from the mapping. Other hosts are called as they are.
 */
public final class HostMappedHttpCaller implements HttpCaller {

    private final HttpCaller delegate;
    private final Map<String, URI> hosts;

    public HostMappedHttpCaller(HttpCaller delegate, Map<String, URI> hosts) {
        this.delegate = delegate;
        Map<String, URI> lower = new LinkedHashMap<>();
        hosts.forEach((host, target) -> lower.put(host.toLowerCase(Locale.ROOT), target));
        this.hosts = Map.copyOf(lower);
    }

    /**
     * Parses the setting's form {@code host=url,host=url} (e.g.
     * {@code api.twilio.com=http://localhost:8082,verify.twilio.com=http://localhost:8082}).
     *
     * @throws IllegalArgumentException naming the entry that is not {@code host=absolute URL}
     */
    public static Map<String, URI> parseHostMap(String setting) {
        Map<String, URI> map = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return map;
        }
        for (String entry : setting.split(",")) {
            int eq = entry.indexOf('=');
            URI target = eq > 0 ? URI.create(entry.substring(eq + 1).strip()) : null;
            if (target == null || !target.isAbsolute() || target.getHost() == null) {
                throw new IllegalArgumentException("trustframe.identity.http.host-map: expected host=URL, got '"
                        + entry.strip() + "'");
            }
            map.put(entry.substring(0, eq).strip(), target);
        }
        return map;
    }

    @Override
    public HttpResponse call(HttpRequest request) {
        URI uri = URI.create(request.url());
        URI target = uri.getHost() == null ? null : hosts.get(uri.getHost().toLowerCase(Locale.ROOT));
        if (target == null) {
            return delegate.call(request);
        }
        String base = target.getScheme() + "://" + target.getRawAuthority();
        String rest = (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return delegate.call(new HttpRequest(request.method(), base + rest, request.headers(), request.body(),
                request.timeout()));
    }
}
