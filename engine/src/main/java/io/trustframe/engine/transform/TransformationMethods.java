package io.trustframe.engine.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The registry of every claims transformation method, built from the families' tables. A policy's
 * {@code TransformationMethod} is matched case-insensitively, as B2C matches ids.
 */
public final class TransformationMethods {

    private static final List<Supplier<List<RegisteredMethod>>> FAMILIES = List.of(
            BooleanTransformations::methods,
            DateTransformations::methods,
            GeneralTransformations::methods,
            IntegerTransformations::methods,
            JsonTransformations::methods,
            PhoneNumberTransformations::methods,
            SocialAccountTransformations::methods,
            StringTransformations::methods,
            StringCollectionTransformations::methods);

    private static final Map<String, RegisteredMethod> BY_NAME = index();

    private TransformationMethods() {
    }

    public static Optional<RegisteredMethod> byName(String transformationMethod) {
        return transformationMethod == null
                ? Optional.empty()
                : Optional.ofNullable(BY_NAME.get(transformationMethod.trim().toLowerCase(Locale.ROOT)));
    }

    /** Every method, in name order. */
    public static List<RegisteredMethod> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The declarations the policy validator checks ClaimsTransformation elements against. */
    public static List<MethodSignature> signatures() {
        return BY_NAME.values().stream().map(RegisteredMethod::signature).toList();
    }

    private static Map<String, RegisteredMethod> index() {
        Map<String, RegisteredMethod> byName = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        FAMILIES.stream().flatMap(family -> family.get().stream()).forEach(method -> {
            if (byName.put(method.name().toLowerCase(Locale.ROOT), method) != null) {
                duplicates.add(method.name());
            }
        });
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("claims transformation methods registered twice: " + duplicates);
        }
        return Collections.unmodifiableMap(byName);
    }

}
