package io.trustframe.engine.profiles;

import java.util.Map;

/**
 * ClaimsTransformationProtocolProvider and Protocol None: the profile has no partner. Its input claims transformations
 * already ran; its OutputClaims take their DefaultValue or the bag's values, and its output claims transformations
 * run after it (both done by the executor). So the run itself hands the input claims through as outputs.
 */
final class ClaimsTransformationHandler implements ProfileHandler {

    @Override
    public ProfileResult run(ProfileRun run) {
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        run.profile().outputClaims().forEach(output ->
                run.claims().get(output.claimTypeReferenceId()).ifPresent(v -> outputs.put(output.partnerName(), v)));
        return ProfileResult.Done.of(outputs);
    }
}
