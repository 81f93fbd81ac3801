package io.trustframe.verify.delivery;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The twilio-java SDK's own HTTP client, sending what it would send to {@code https://<product>.twilio.com} to another
 * base URL instead (scheme, host and port replaced; path and query kept). The SDK offers no base-URL setting, and
 * this is how a Twilio client is pointed at a compatible server, a test stub, or this service itself.
 */
public final class RelayHttpClient extends NetworkHttpClient {

    private static final Pattern TWILIO_ORIGIN = Pattern.compile("^https://[a-z0-9.-]+\\.twilio\\.com(?::\\d+)?");

    private final String baseUrl;

    public RelayHttpClient(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL: " + baseUrl);
        }
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public Response makeRequest(Request request) {
        String url = TWILIO_ORIGIN.matcher(request.getUrl()).replaceFirst(baseUrl);
        return super.makeRequest(url.equals(request.getUrl()) ? request : copy(request, url));
    }

    private static Request copy(Request original, String url) {
        Request copy = new Request(original.getMethod(), url);
        forEach(original.getQueryParams(), copy::addQueryParam);
        forEach(original.getPostParams(), copy::addPostParam);
        forEach(original.getHeaderParams(), copy::addHeaderParam);
        copy.setContentType(original.getContentType());
        copy.setBody(original.getBody());
        copy.setFormParameters(original.getFormParameters());
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        } else if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        }
        return copy;
    }

    private interface Adder {
        void add(String name, String value);
    }

    private static void forEach(Map<String, List<String>> params, Adder adder) {
        params.forEach((name, values) -> values.forEach(value -> adder.add(name, value)));
    }
}
