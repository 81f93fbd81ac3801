package io.trustframe.bank.stepup;

import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A policy's OpenID Connect metadata at the identity service, as B2C publishes it per policy.
 *
 * @param policy                the policy it describes
 * @param issuer                the {@code iss} of the policy's tokens
 * @param authorizationEndpoint where the browser is sent
 * @param tokenEndpoint         where codes are redeemed
 * @param endSessionEndpoint    where sign-out goes, when published
 * @param jwksUri               the keys the policy's tokens are signed with
 * @param document              the whole document, for Spring Security's provider metadata
 */
public record IdentityMetadata(String policy, String issuer, URI authorizationEndpoint, URI tokenEndpoint,
        Optional<URI> endSessionEndpoint, URI jwksUri, Map<String, Object> document) {

    /** Reads the document; every endpoint the bank needs must be there. */
    public static IdentityMetadata parse(String policy, String json) throws ParseException {
        Map<String, Object> document = JSONObjectUtils.parse(json);
        return new IdentityMetadata(policy,
                required(document, "issuer"),
                URI.create(required(document, "authorization_endpoint")),
                URI.create(required(document, "token_endpoint")),
                Optional.ofNullable(JSONObjectUtils.getString(document, "end_session_endpoint")).map(URI::create),
                URI.create(required(document, "jwks_uri")),
                Map.copyOf(document));
    }

    private static String required(Map<String, Object> document, String name) throws ParseException {
        String value = JSONObjectUtils.getString(document, name);
        if (value == null || value.isBlank()) {
            throw new ParseException("the metadata has no " + name, 0);
        }
        return value;
    }
}
