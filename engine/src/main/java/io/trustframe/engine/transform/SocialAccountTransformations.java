package io.trustframe.engine.transform;

import io.trustframe.engine.claims.AlternativeSecurityId;
import io.trustframe.engine.claims.ClaimValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static io.trustframe.engine.claims.DataType.ALTERNATIVE_SECURITY_ID;
import static io.trustframe.engine.claims.DataType.ALTERNATIVE_SECURITY_ID_COLLECTION;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.claims.DataType.STRING_COLLECTION;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "Social accounts claims transformations" reference page. */
final class SocialAccountTransformations {

    private static final String FAMILY = "SocialAccounts";

    private SocialAccountTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                RegisteredMethod.of(method("AddItemToAlternativeSecurityIdCollection", FAMILY)
                        .inputClaim("item", ALTERNATIVE_SECURITY_ID, STRING)
                        .optionalInputClaim("collection", ALTERNATIVE_SECURITY_ID_COLLECTION)
                        .outputClaim("collection", ALTERNATIVE_SECURITY_ID_COLLECTION),
                        SocialAccountTransformations::addItem),
                RegisteredMethod.of(method("CreateAlternativeSecurityId", FAMILY)
                        .inputClaim("key", STRING)
                        .inputClaim("identityProvider", STRING)
                        .outputClaim("alternativeSecurityId", STRING, ALTERNATIVE_SECURITY_ID),
                        SocialAccountTransformations::createAlternativeSecurityId),
                RegisteredMethod.of(method("GetIdentityProvidersFromAlternativeSecurityIdCollectionTransformation", FAMILY)
                        .inputClaim("alternativeSecurityIdCollection", ALTERNATIVE_SECURITY_ID_COLLECTION)
                        .outputClaim("identityProvidersCollection", STRING_COLLECTION),
                        (in, ctx) -> TransformationResult.Produced.of("identityProvidersCollection",
                                new ClaimValue.StringCollectionValue(ids(in, "alternativeSecurityIdCollection").stream()
                                        .map(AlternativeSecurityId::issuer).distinct().toList()))),
                RegisteredMethod.of(method("RemoveAlternativeSecurityIdByIdentityProvider", FAMILY)
                        .inputClaim("identityProvider", STRING)
                        .inputClaim("collection", ALTERNATIVE_SECURITY_ID_COLLECTION)
                        .outputClaim("collection", ALTERNATIVE_SECURITY_ID_COLLECTION),
                        SocialAccountTransformations::remove));
    }

    /**
     * The JSON the directory stores for a social identity: issuer is the identity provider's name, lower-cased as in
     * the documented example (Facebook.com becomes facebook.com); issuerUserId is the provider's key in base64.
     */
    private static TransformationResult createAlternativeSecurityId(TransformationInput in, TransformationContext ctx) {
        String key = in.requiredClaim("key").asString();
        String issuer = in.requiredClaim("identityProvider").asString().toLowerCase(Locale.ROOT);
        AlternativeSecurityId id = new AlternativeSecurityId(issuer,
                Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)));
        ClaimValue value = new ClaimValue.AlternativeSecurityIdValue(id);
        boolean stringTarget = in.outputClaim("alternativeSecurityId").map(o -> o.dataType() == STRING).orElse(true);
        return TransformationResult.Produced.of("alternativeSecurityId", stringTarget ? ClaimValue.of(value.asString()) : value);
    }

    /** Appends the item to a copy of the collection (a new collection when there is none). */
    private static TransformationResult addItem(TransformationInput in, TransformationContext ctx) {
        ClaimValue item = in.requiredClaim("item");
        AlternativeSecurityId id = item instanceof ClaimValue.AlternativeSecurityIdValue v
                ? v.value()
                : ((ClaimValue.AlternativeSecurityIdValue) ClaimValue.parse(ALTERNATIVE_SECURITY_ID, item.asString())).value();
        List<AlternativeSecurityId> ids = new ArrayList<>(in.claim("collection").isPresent() ? ids(in, "collection") : List.of());
        if (!ids.contains(id)) {
            ids.add(id);
        }
        return TransformationResult.Produced.of("collection", new ClaimValue.AlternativeSecurityIdCollectionValue(ids));
    }

    /** Identity provider names are domain names, so they are compared without regard to case. */
    private static TransformationResult remove(TransformationInput in, TransformationContext ctx) {
        String provider = in.requiredClaim("identityProvider").asString();
        List<AlternativeSecurityId> kept = ids(in, "collection").stream()
                .filter(id -> !id.issuer().equalsIgnoreCase(provider))
                .toList();
        return TransformationResult.Produced.of("collection", new ClaimValue.AlternativeSecurityIdCollectionValue(kept));
    }

    private static List<AlternativeSecurityId> ids(TransformationInput in, String name) {
        ClaimValue value = in.requiredClaim(name);
        if (value instanceof ClaimValue.AlternativeSecurityIdCollectionValue c) {
            return c.values();
        }
        return ((ClaimValue.AlternativeSecurityIdCollectionValue)
                ClaimValue.parse(ALTERNATIVE_SECURITY_ID_COLLECTION, value.asString())).values();
    }
}
