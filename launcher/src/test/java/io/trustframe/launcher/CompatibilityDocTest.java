package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.trustframe.engine.policy.model.StepType;
import io.trustframe.engine.policy.validate.Protocols;
import io.trustframe.engine.transform.RegisteredMethod;
import io.trustframe.engine.transform.TransformationMethods;

/** docs/compatibility.md has a row for everything the engine's tables know, so it cannot silently fall behind. */
class CompatibilityDocTest {

    private static String doc() throws Exception {
        return Files.readString(Path.of("..", "docs", "compatibility.md"));
    }

    @Test
    void everyClaimsTransformationMethodHasARowWithAStatus() throws Exception {
        String doc = doc();
        assertThat(TransformationMethods.all()).extracting(RegisteredMethod::name).allSatisfy(name ->
                assertThat(doc).as(name).containsPattern("\\| " + name + " \\| (supported|partly|not yet) \\|"));
    }

    @Test
    void everyHandlerProtocolAndStepTypeHasARowWithAStatus() throws Exception {
        String doc = doc();
        assertThat(Protocols.HANDLERS).allSatisfy(handler ->
                assertThat(doc).as(handler).containsPattern("\\| " + handler + " \\| (supported|partly|not yet) \\|"));
        assertThat(Protocols.NAMES).allSatisfy(name ->
                assertThat(doc).as(name).containsPattern("\\| " + name + " \\| (supported|partly|not yet) \\|"));
        assertThat(Arrays.stream(StepType.values()).map(Enum::name)).allSatisfy(type ->
                assertThat(doc).as(type).containsPattern("\\| " + type + " \\| (supported|partly|not yet) \\|"));
    }
}
