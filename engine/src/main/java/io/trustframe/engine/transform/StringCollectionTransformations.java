package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;

import java.util.ArrayList;
import java.util.List;

import static io.trustframe.engine.claims.DataType.BOOLEAN;
import static io.trustframe.engine.claims.DataType.STRING;
import static io.trustframe.engine.claims.DataType.STRING_COLLECTION;
import static io.trustframe.engine.transform.MethodSignature.method;

/** The methods of B2C's "StringCollection claims transformations" reference page. */
final class StringCollectionTransformations {

    private static final String FAMILY = "StringCollection";

    private StringCollectionTransformations() {
    }

    static List<RegisteredMethod> methods() {
        return List.of(
                RegisteredMethod.of(method("AddItemToStringCollection", FAMILY)
                        .inputClaim("item", STRING)
                        .optionalInputClaim("collection", STRING_COLLECTION)
                        .outputClaim("collection", STRING_COLLECTION),
                        (in, ctx) -> added(in, in.requiredClaim("item").asString())),
                RegisteredMethod.of(method("AddParameterToStringCollection", FAMILY)
                        .optionalInputClaim("collection", STRING_COLLECTION)
                        .parameter("item", STRING)
                        .outputClaim("collection", STRING_COLLECTION),
                        (in, ctx) -> added(in, in.requiredParameter("item"))),
                RegisteredMethod.of(method("GetSingleItemFromStringCollection", FAMILY)
                        .inputClaim("collection", STRING_COLLECTION)
                        .outputClaim("extractedItem", STRING),
                        StringCollectionTransformations::getSingleItem),
                RegisteredMethod.of(method("StringCollectionContains", FAMILY)
                        .inputClaim("inputClaim", STRING_COLLECTION)
                        .parameter("item", STRING)
                        .optionalParameter("ignoreCase", STRING, BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN),
                        (in, ctx) -> contains(in, "inputClaim", in.requiredParameter("item"))),
                RegisteredMethod.of(method("StringCollectionContainsClaim", FAMILY)
                        .inputClaim("collection", STRING_COLLECTION)
                        .inputClaim("item", STRING)
                        .optionalParameter("ignoreCase", STRING, BOOLEAN)
                        .outputClaim("outputClaim", BOOLEAN),
                        (in, ctx) -> contains(in, "collection", in.requiredClaim("item").asString())));
    }

    /**
     * "Adds … to a new unique values stringCollection claim": the input collection (if any) is copied, and the item is
     * appended unless it is already there.
     */
    private static TransformationResult added(TransformationInput in, String item) {
        List<String> items = new ArrayList<>(in.claim("collection")
                .map(v -> ClaimValues.strings("collection", v)).orElse(List.of()));
        if (!items.contains(item)) {
            items.add(item);
        }
        return TransformationResult.Produced.of("collection", new ClaimValue.StringCollectionValue(items));
    }

    /** An empty collection has no first item, so the output is left unset. */
    private static TransformationResult getSingleItem(TransformationInput in, TransformationContext ctx) {
        List<String> items = ClaimValues.strings("collection", in.requiredClaim("collection"));
        return items.isEmpty()
                ? TransformationResult.Produced.nothing()
                : TransformationResult.Produced.of("extractedItem", ClaimValue.of(items.get(0)));
    }

    private static TransformationResult contains(TransformationInput in, String collectionName, String item) {
        boolean ignoreCase = in.booleanParameter("ignoreCase", false);
        boolean found = ClaimValues.strings(collectionName, in.requiredClaim(collectionName)).stream()
                .anyMatch(candidate -> ClaimValues.equal(candidate, item, ignoreCase));
        return TransformationResult.Produced.of("outputClaim", ClaimValue.of(found));
    }
}
