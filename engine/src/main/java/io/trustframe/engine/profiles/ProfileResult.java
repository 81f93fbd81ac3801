package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.journey.Page;
import java.util.Map;

/** What a technical-profile handler answers for one run or one submission. */
public sealed interface ProfileResult {

    /**
     * The profile finished. {@code outputs} are keyed by the names the partner used (PartnerClaimType, or the claim
     * type when none): the executor maps them onto the profile's OutputClaims. {@code claims} are claims already
     * keyed by claim type that go straight into the bag (what validation profiles produced behind a page).
     */
    record Done(Map<String, String> outputs, Map<String, String> claims) implements ProfileResult {
        public Done {
            outputs = Map.copyOf(outputs);
            claims = Map.copyOf(claims);
        }

        public static Done of(Map<String, String> outputs) {
            return new Done(outputs, Map.of());
        }
    }

    /** Show (or show again) a page; the journey waits for a submission to this profile. */
    record ShowPage(Page page) implements ProfileResult {
    }

    /** Send the browser to a federated provider; {@code federationState} ties the callback to this journey. */
    record Redirect(String url, String federationState) implements ProfileResult {
    }

    /**
     * The profile refused: as a validation profile behind a page the message is shown on the page; as an orchestration
     * step the journey fails with {@code error}. {@code messageKey} names the metadata item (or ErrorMessage localized
     * string) of the calling self-asserted profile that overrides the message, e.g. UserMessageIfInvalidPassword.
     */
    record Error(B2cError error, String userMessage, String messageKey) implements ProfileResult {
        public Error(B2cError error, String userMessage) {
            this(error, userMessage, null);
        }
    }
}
