package io.trustframe.identity.graph;

import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.keys.KeySet;
import io.trustframe.identity.keys.KeyType;
import io.trustframe.identity.keys.KeyUse;
import io.trustframe.identity.keys.PolicyKey;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.tenants.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * B2C policy keys through Graph's {@code /beta/trustFramework/keySets} API: create a container, generate a key,
 * upload a secret, a PKCS#12 or a certificate, read the keys and the active one. Responses carry public parts
 * only: never {@code k}, {@code d} or the other private JWK members.
 */
@RestController
public class GraphKeySets {

    private static final String TYPE = "microsoft.graph.trustFrameworkKeySet";
    private static final String BASE = "/beta/trustFramework/keySets";
    private static final String TENANT_BASE = "/graph/{tenant}" + BASE;

    private final PolicyKeys keys;
    private final GraphTenant tenants;
    private final Clock clock;

    public GraphKeySets(PolicyKeys keys, GraphTenant tenants, Clock clock) {
        this.keys = keys;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping(path = {BASE, TENANT_BASE})
    Map<String, Object> list(@PathVariable(required = false) String tenant, HttpServletRequest request) {
        Tenant target = tenants.resolve(tenant);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@odata.context", GraphUsers.context(request, "trustFramework/keySets"));
        page.put("value", keys.keySets(target).stream().map(this::keySet).toList());
        return page;
    }

    @PostMapping(path = {BASE, TENANT_BASE})
    ResponseEntity<Map<String, Object>> create(@PathVariable(required = false) String tenant, @RequestBody JsonNode json) {
        Tenant target = tenants.resolve(tenant);
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("id"), false);
        return ResponseEntity.status(HttpStatus.CREATED).body(keySet(keys.createKeySet(target, body.requiredString("id"))));
    }

    @GetMapping(path = {BASE + "/{id}", TENANT_BASE + "/{id}"})
    Map<String, Object> get(@PathVariable(required = false) String tenant, @PathVariable String id) {
        return keySet(existing(tenants.resolve(tenant), id));
    }

    @DeleteMapping(path = {BASE + "/{id}", TENANT_BASE + "/{id}"})
    ResponseEntity<Void> delete(@PathVariable(required = false) String tenant, @PathVariable String id) {
        if (!keys.deleteKeySet(tenants.resolve(tenant), id)) {
            throw GraphException.notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = {BASE + "/{id}/generateKey", TENANT_BASE + "/{id}/generateKey"})
    Map<String, Object> generateKey(@PathVariable(required = false) String tenant, @PathVariable String id,
                                    @RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("use", "kty", "nbf", "exp"), false);
        KeyType type = KeyType.parse(body.requiredString("kty"))
                .orElseThrow(() -> GraphException.badRequest("Invalid value specified for property 'kty': RSA or OCT."));
        PolicyKey key = keys.generate(tenants.resolve(tenant), id, type, use(body),
                body.epochSeconds("nbf").orElse(null), body.epochSeconds("exp").orElse(null));
        return key(key);
    }

    @PostMapping(path = {BASE + "/{id}/uploadSecret", TENANT_BASE + "/{id}/uploadSecret"})
    Map<String, Object> uploadSecret(@PathVariable(required = false) String tenant, @PathVariable String id,
                                     @RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("use", "k", "nbf", "exp"), false);
        PolicyKey key = keys.uploadSecret(tenants.resolve(tenant), id, use(body), body.requiredString("k"),
                body.epochSeconds("nbf").orElse(null), body.epochSeconds("exp").orElse(null));
        return key(key);
    }

    /** Graph's body is {@code key} (base64 PFX) and {@code password}; {@code use}, {@code nbf}, {@code exp} may override the defaults. */
    @PostMapping(path = {BASE + "/{id}/uploadPkcs12", TENANT_BASE + "/{id}/uploadPkcs12"})
    Map<String, Object> uploadPkcs12(@PathVariable(required = false) String tenant, @PathVariable String id,
                                     @RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("key", "password", "use", "nbf", "exp"), false);
        byte[] pfx;
        try {
            pfx = Base64.getMimeDecoder().decode(body.requiredString("key"));
        } catch (IllegalArgumentException e) {
            throw GraphException.badRequest("Invalid value specified for property 'key': base64 of a PKCS#12 file is expected.");
        }
        PolicyKey key = keys.uploadPkcs12(tenants.resolve(tenant), id, pfx, body.string("password").orElse(""),
                optionalUse(body), body.epochSeconds("nbf").orElse(null), body.epochSeconds("exp").orElse(null));
        return key(key);
    }

    /** Graph's body is {@code key}: base64 DER; PEM text (optionally with a PKCS#8 private key) is accepted too. */
    @PostMapping(path = {BASE + "/{id}/uploadCertificate", TENANT_BASE + "/{id}/uploadCertificate"})
    Map<String, Object> uploadCertificate(@PathVariable(required = false) String tenant, @PathVariable String id,
                                          @RequestBody JsonNode json) {
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(Set.of("key", "use", "nbf", "exp"), false);
        PolicyKey key = keys.uploadCertificate(tenants.resolve(tenant), id, body.requiredString("key"), optionalUse(body),
                body.epochSeconds("nbf").orElse(null), body.epochSeconds("exp").orElse(null));
        return key(key);
    }

    @GetMapping(path = {BASE + "/{id}/getActiveKey", TENANT_BASE + "/{id}/getActiveKey"})
    Map<String, Object> activeKey(@PathVariable(required = false) String tenant, @PathVariable String id) {
        KeySet set = existing(tenants.resolve(tenant), id);
        return set.active(clock.instant()).map(GraphKeySets::key).orElseThrow(() -> new GraphException(GraphError.NOT_FOUND,
                "The key set " + set.name() + " has no active key: every key has expired or none is activated yet."));
    }

    private KeySet existing(Tenant tenant, String id) {
        return keys.keySet(tenant, id).orElseThrow(() -> GraphException.notFound(id));
    }

    private Map<String, Object> keySet(KeySet set) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", set.name());
        json.put("keys", set.keys().stream().map(GraphKeySets::key).toList());
        return json;
    }

    /**
     * A trustFrameworkKey with its public members only. {@code version} and {@code origin} are Trustframe's
     * additions, so that the versions of a container can be told apart.
     */
    static Map<String, Object> key(PolicyKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kid", key.kid());
        json.put("use", key.use().jwk());
        json.put("kty", key.type().jwk());
        json.put("nbf", key.notBefore() == null ? null : key.notBefore().getEpochSecond());
        json.put("exp", key.expires() == null ? null : key.expires().getEpochSecond());
        key.publicJwk().ifPresent(jwk -> {
            Map<String, Object> members = jwk.toJSONObject();
            for (String member : new String[] {"n", "e", "x5t", "x5c"}) {
                if (members.containsKey(member)) {
                    json.put(member, members.get(member));
                }
            }
        });
        json.put("version", key.version());
        json.put("origin", key.origin().name().toLowerCase(Locale.ROOT));
        return json;
    }

    private static KeyUse use(GraphBody body) {
        return KeyUse.parse(body.requiredString("use"))
                .orElseThrow(() -> GraphException.badRequest("Invalid value specified for property 'use': sig or enc."));
    }

    private static KeyUse optionalUse(GraphBody body) {
        return body.has("use") ? use(body) : KeyUse.SIG;
    }
}
