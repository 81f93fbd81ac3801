package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "General claims transformations" reference page. */
final class GeneralTransformations {

    private static final String FAMILY = "General";

    private GeneralTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                // Any type, as long as both claims have the same one (the validator checks that pairing).
                RegisteredMethod.of(method("CopyClaim", FAMILY)
                        .inputClaim(Slot.anyType("inputClaim", true))
                        .outputClaim(Slot.anyType("outputClaim", true)),
                        GeneralTransformations::copyClaim),
                RegisteredMethod.of(method("DoesClaimExist", FAMILY)
                        .inputClaim(Slot.anyType("inputClaim", false))
                        .outputClaim("outputClaim", BOOLEAN),
                        GeneralTransformations::doesClaimExist),
                RegisteredMethod.of(method("Hash", FAMILY)
                        .inputClaim("plaintext", STRING)
                        .inputClaim("salt", STRING)
                        .parameter("randomizerSecret", STRING)
                        .outputClaim("hash", STRING),
                        GeneralTransformations::hash));
    }

    /** Both claims are of the same type (documented); the value keeps the output claim's type. */
    private static TransformationResult copyClaim(TransformationInput in, TransformationContext ctx) {
        ClaimValue value = in.requiredClaim("inputClaim");
        ClaimValue copied = in.outputClaim("outputClaim")
                .filter(target -> target.dataType() != value.dataType())
                .map(target -> ClaimValues.as(target.dataType(), value.asString()))
                .orElse(value);
        return TransformationResult.Produced.of("outputClaim", copied);
    }

    /** "Exists or contains any value": an empty string counts as not existing. */
    private static TransformationResult doesClaimExist(TransformationInput in, TransformationContext ctx) {
        boolean exists = in.claim("inputClaim").filter(v -> !v.asString().isEmpty()).isPresent();
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(exists));
    }

    /**
     * The reference says the plaintext is hashed "using the salt and a secret" (the randomizerSecret policy key) with
     * SHA-256, and shows a 32-byte base64 result; how the three are combined is not published. We use HMAC-SHA256 keyed
     * with the policy key over plaintext followed by salt, base64-encoded: SHA-256, keyed and salted as documented,
     * but not guaranteed to reproduce hashes computed by B2C itself.
     */
    private static TransformationResult hash(TransformationInput in, TransformationContext ctx) {
        String plaintext = in.requiredClaim("plaintext").asString();
        String salt = in.requiredClaim("salt").asString();
        String keyName = in.requiredParameter("randomizerSecret");
        byte[] secret = ctx.secrets().secret(keyName)
                .orElseThrow(() -> new TransformationException("policy key '" + keyName + "' does not exist"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((plaintext + salt).getBytes(StandardCharsets.UTF_8));
            return TransformationResult.Produced.of("hash", ClaimValue.of(Base64.getEncoder().encodeToString(digest)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
