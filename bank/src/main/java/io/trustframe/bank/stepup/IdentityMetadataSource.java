package io.trustframe.bank.stepup;

import java.io.IOException;
import java.net.URI;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

/**
 * Reads each policy's metadata from the identity service on first use, never at startup: in the launcher the
 * identity service starts first but may not serve a policy yet, and the bank must start anyway. A successful read
 * is kept; a failed one is tried again on the next use.
 */
public final class IdentityMetadataSource {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Function<String, URI> metadataUrl;
    private final HttpClient http;
    private final Map<String, IdentityMetadata> byPolicy = new ConcurrentHashMap<>();
    private final Map<URI, JWKSource<SecurityContext>> keysByUri = new ConcurrentHashMap<>();

    /** @param metadataUrl where a policy's metadata lives (see {@code BankProperties#metadataUrl}) */
    public IdentityMetadataSource(Function<String, URI> metadataUrl) {
        this.metadataUrl = metadataUrl;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The policy's metadata. */
    public IdentityMetadata metadata(String policy) {
        IdentityMetadata known = byPolicy.get(policy);
        if (known != null) {
            return known;
        }
        IdentityMetadata fetched = fetch(policy);
        byPolicy.put(policy, fetched);
        return fetched;
    }

    /**
     * The keys a policy signs with, from its {@code jwks_uri}, cached and refreshed by Nimbus (a key id it does not
     * know triggers a reload, so key rollover at the identity service needs no restart here).
     */
    public JWKSource<SecurityContext> keys(IdentityMetadata metadata) {
        return keysByUri.computeIfAbsent(metadata.jwksUri(), uri -> {
            try {
                URL url = uri.toURL();
                // Nimbus's default half-second timeouts are too tight for a busy demo machine.
                int timeout = (int) TIMEOUT.toMillis();
                return JWKSourceBuilder.<SecurityContext>create(url,
                                new DefaultResourceRetriever(timeout, timeout, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                        .retrying(true).build();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IdentityUnavailableException("the jwks_uri of " + metadata.policy() + " is not a URL: " + uri, e);
            }
        });
    }

    private IdentityMetadata fetch(String policy) {
        URI url = metadataUrl.apply(policy);
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IdentityUnavailableException("the identity service answered " + response.statusCode()
                        + " for the metadata of " + policy + " at " + url, null);
            }
            return IdentityMetadata.parse(policy, response.body());
        } catch (IOException | ParseException e) {
            throw new IdentityUnavailableException("could not read the metadata of " + policy + " at " + url
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityUnavailableException("interrupted while reading the metadata of " + policy, e);
        }
    }
}
