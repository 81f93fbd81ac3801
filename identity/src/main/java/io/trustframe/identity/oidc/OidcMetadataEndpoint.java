package io.trustframe.identity.oidc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.keys.PolicyKeys;

/**
 * A policy's OpenID Connect metadata and signing keys, at B2C's three addresses:
 * {@code /{tenant}/{policy}/v2.0/.well-known/openid-configuration}, {@code /{tenant}/v2.0/.well-known/openid-configuration?p={policy}}
 * and {@code /tfp/{tenant}/{policy}/v2.0/.well-known/openid-configuration}; keys at
 * {@code /{tenant}/{policy}/discovery/v2.0/keys} (also with {@code ?p=} and {@code /tfp/}).
 */
@RestController
public class OidcMetadataEndpoint {

    private static final String WELL_KNOWN = "/v2.0/.well-known/openid-configuration";
    private static final String KEYS = "/discovery/v2.0/keys";
    /** Claims every token carries besides the relying party's output claims. */
    private static final List<String> PROTOCOL_CLAIMS = List.of("iss", "iat", "exp", "nbf", "aud", "nonce", "auth_time", "ver");

    private final PolicyEndpoints endpoints;
    private final PolicyKeys keys;

    public OidcMetadataEndpoint(PolicyEndpoints endpoints, PolicyKeys keys) {
        this.endpoints = endpoints;
        this.keys = keys;
    }

    @GetMapping(path = {"/{tenant}/{policy}" + WELL_KNOWN, "/tfp/{tenant}/{policy}" + WELL_KNOWN})
    ResponseEntity<Map<String, Object>> configuration(@PathVariable String tenant, @PathVariable String policy) {
        return metadata(endpoints.resolve(tenant, policy));
    }

    @GetMapping(path = "/{tenant}" + WELL_KNOWN)
    ResponseEntity<Map<String, Object>> configurationByQuery(@PathVariable String tenant,
                                                             @RequestParam(name = "p", required = false) String policy) {
        return metadata(endpoints.resolve(tenant, policy));
    }

    @GetMapping(path = {"/{tenant}/{policy}" + KEYS, "/tfp/{tenant}/{policy}" + KEYS})
    ResponseEntity<Map<String, Object>> keys(@PathVariable String tenant, @PathVariable String policy) {
        return jwks(endpoints.resolve(tenant, policy));
    }

    @GetMapping(path = "/{tenant}" + KEYS)
    ResponseEntity<Map<String, Object>> keysByQuery(@PathVariable String tenant,
                                                    @RequestParam(name = "p", required = false) String policy) {
        return jwks(endpoints.resolve(tenant, policy));
    }

    private ResponseEntity<Map<String, Object>> metadata(PolicyEndpoint endpoint) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", endpoint.issuer());
        document.put("authorization_endpoint", endpoint.path("/oauth2/v2.0/authorize"));
        document.put("token_endpoint", endpoint.path("/oauth2/v2.0/token"));
        document.put("end_session_endpoint", endpoint.path("/oauth2/v2.0/logout"));
        document.put("jwks_uri", endpoint.path(KEYS));
        document.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        document.put("response_types_supported", List.of("code", "code id_token", "id_token"));
        document.put("scopes_supported", List.of("openid", "offline_access"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("claims_supported", claims(endpoint));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON).body(document);
    }

    private static List<String> claims(PolicyEndpoint endpoint) {
        Set<String> claims = new LinkedHashSet<>();
        claims.addAll(endpoint.tokenClaimNames());
        claims.add(endpoint.policyClaim());
        claims.addAll(PROTOCOL_CLAIMS);
        return new ArrayList<>(claims);
    }

    private ResponseEntity<Map<String, Object>> jwks(PolicyEndpoint endpoint) {
        String container = endpoint.signingKeyContainer().orElseThrow(() -> new OidcException(OidcError.AADB2C90019,
                PolicyEndpoint.SIGNING_KEY_ID, endpoint.tenant().domain(), "the token issuer names no signing key"));
        Map<String, Object> jwks = keys.jwks(endpoint.tenant(), container)
                .orElseThrow(() -> new OidcException(OidcError.AADB2C90019, container, endpoint.tenant().domain(),
                        "the container does not exist"))
                .toJSONObject(true);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON).body(jwks);
    }
}
