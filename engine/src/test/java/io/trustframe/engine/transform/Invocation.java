package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: binds claims and parameters to a registered method the way a policy's ClaimsTransformation does. */
final class Invocation {

    static final Instant NOW = Instant.parse("2022-01-14T11:40:35.123Z");

    private final RegisteredMethod method;
    private final List<TransformationInput.InputClaim> claims = new ArrayList<>();
    private final List<TransformationInput.InputParameter> parameters = new ArrayList<>();
    private final List<TransformationInput.OutputClaim> outputs = new ArrayList<>();
    private final Map<String, String> localized = new HashMap<>();
    private final Map<String, byte[]> secrets = new HashMap<>();
    private final Map<String, String> expressions = new HashMap<>();
    private Locale culture = Locale.ENGLISH;
    private long seed = 7;

    private Invocation(String name) {
        this.method = TransformationMethods.byName(name).orElseThrow(() -> new AssertionError("not registered: " + name));
    }

    static Invocation of(String methodName) {
        return new Invocation(methodName);
    }

    Invocation claim(String transformationClaimType, ClaimValue value) {
        claims.add(TransformationInput.InputClaim.of(transformationClaimType, value));
        return this;
    }

    Invocation claim(String transformationClaimType, String value) {
        return claim(transformationClaimType, ClaimValue.of(value));
    }

    Invocation absent(String transformationClaimType) {
        claims.add(TransformationInput.InputClaim.absent(transformationClaimType));
        return this;
    }

    Invocation param(String id, String value) {
        parameters.add(TransformationInput.InputParameter.of(id, value));
        return this;
    }

    Invocation param(String id, DataType type, String value) {
        parameters.add(TransformationInput.InputParameter.of(id, type, value));
        return this;
    }

    Invocation output(String transformationClaimType, DataType type) {
        outputs.add(TransformationInput.OutputClaim.of(transformationClaimType, type));
        return this;
    }

    Invocation output(TransformationInput.OutputClaim output) {
        outputs.add(output);
        return this;
    }

    Invocation localized(String elementType, String stringId, String text) {
        localized.put(elementType + "/" + stringId, text);
        return this;
    }

    Invocation secret(String keyName, byte[] value) {
        secrets.put(keyName, value);
        return this;
    }

    Invocation expression(String name, String value) {
        expressions.put(name, value);
        return this;
    }

    Invocation culture(Locale locale) {
        culture = locale;
        return this;
    }

    Invocation seed(long randomSeed) {
        seed = randomSeed;
        return this;
    }

    TransformationResult run() {
        TransformationContext context = new TransformationContext(Clock.fixed(NOW, ZoneOffset.UTC), new Random(seed), culture,
                (elementType, id) -> Optional.ofNullable(localized.get(elementType + "/" + id)), expressions,
                name -> Optional.ofNullable(secrets.get(name)));
        return method.apply(new TransformationInput(claims, parameters, outputs), context);
    }

    TransformationResult.Produced produced() {
        TransformationResult result = run();
        assertThat(result).isInstanceOf(TransformationResult.Produced.class);
        return (TransformationResult.Produced) result;
    }

    /** The string form of one output, failing when the method did not produce it. */
    String out(String key) {
        return produced().value(key).map(ClaimValue::asString)
                .orElseThrow(() -> new AssertionError("no output " + key));
    }

    TransformationResult.AssertionFailed assertionFailed() {
        TransformationResult result = run();
        assertThat(result).isInstanceOf(TransformationResult.AssertionFailed.class);
        return (TransformationResult.AssertionFailed) result;
    }

    TransformationResult.Failed failed() {
        TransformationResult result = run();
        assertThat(result).isInstanceOf(TransformationResult.Failed.class);
        return (TransformationResult.Failed) result;
    }
}
