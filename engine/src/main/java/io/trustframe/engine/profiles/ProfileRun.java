package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.ClaimsBag;
import io.trustframe.engine.journey.JourneyRequest;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.spi.Ports;
import java.util.Map;

/**
 * One run of a technical profile: the merged policy, the profile, the input claims by the partner's names (after
 * input claims transformations, DefaultValue and claim resolvers), the claims bag, the ports and the executor's
 * services for what a handler may delegate back (validation profiles, display-control actions, resolvers).
 */
public record ProfileRun(RelyingPartyPolicy policy, TechnicalProfile profile, Map<String, String> inputs,
                         ClaimsBag claims, Ports ports, Services services) {

    public String metadata(String key) {
        return services.resolve(profile.metadataOrEmpty().get(key), claims);
    }

    public String metadata(String key, String defaultValue) {
        String value = metadata(key);
        return value == null ? defaultValue : value;
    }

    public boolean metadataTrue(String key, boolean defaultValue) {
        String value = profile.metadataOrEmpty().get(key);
        return value == null ? defaultValue : value.strip().equalsIgnoreCase("true");
    }

    /** What handlers call back into the executor for. */
    public interface Services {

        /** Claim resolvers applied to {@code text} with the bag's claims. */
        String resolve(String text, ClaimsBag claims);

        /**
         * Runs a non-interactive technical profile as a validation or display-control profile: input claims from
         * {@code claims}, outputs written back into it.
         */
        ProfileResult runProfile(String technicalProfileId, ClaimsBag claims);

        JourneyRequest request();

        /** The state value sent to a federated provider that the journey now waits for, if any. */
        java.util.Optional<String> federationState();

        /** A new random value (federation state and nonce). */
        String newRandomValue();

        String correlationId();

        /** Display-control state of this journey (read and written by the self-asserted handler). */
        Map<String, String> controls();

        /** A page model of a content definition (LoadUri, DataUri and localized strings filled in). */
        io.trustframe.engine.journey.Page page(String contentDefinitionId, String technicalProfileId,
                java.util.List<io.trustframe.engine.journey.Page.Field> fields,
                java.util.List<io.trustframe.engine.journey.Page.Control> controls,
                java.util.List<io.trustframe.engine.journey.Page.Choice> choices, java.util.List<String> errors);

        /** A localized string of the page in the current language, by ElementType/ElementId/StringId. */
        java.util.Optional<String> localized(String contentDefinitionId, String elementType, String elementId,
                                             String stringId);
    }
}
