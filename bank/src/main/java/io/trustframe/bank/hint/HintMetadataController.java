package io.trustframe.bank.hint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.bank.BankProperties;

/**
 * The bank's own OpenID metadata: what the step-up policy's id_token_hint technical profile reads ({@code METADATA}
 * item) to find the keys that hints are signed with.
 */
@RestController
class HintMetadataController {

    static final String KEYS_PATH = "/.well-known/keys";

    private final HintSigningKey key;
    private final BankProperties properties;

    HintMetadataController(HintSigningKey key, BankProperties properties) {
        this.key = key;
        this.properties = properties;
    }

    @GetMapping(path = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> configuration() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", properties.hintIssuer());
        metadata.put("jwks_uri", properties.publicUrl() + KEYS_PATH);
        metadata.put("id_token_signing_alg_values_supported", List.of(key.algorithm().getName()));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(metadata);
    }

    @GetMapping(path = KEYS_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(key.publicJwks().toJSONObject(true));
    }
}
