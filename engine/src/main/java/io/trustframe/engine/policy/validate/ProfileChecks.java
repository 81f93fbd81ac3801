package io.trustframe.engine.policy.validate;

import java.util.Optional;

import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.Metadata;
import io.trustframe.engine.policy.model.Reference;
import io.trustframe.engine.policy.model.TechnicalProfile;

/** Technical profiles of a merged policy: protocol and handler, and everything they reference. */
final class ProfileChecks {

    private final RelyingPartyPolicy policy;
    private final Findings findings;
    private final Reachability reachable;

    ProfileChecks(RelyingPartyPolicy policy, Findings findings, Reachability reachable) {
        this.policy = policy;
        this.findings = findings;
        this.reachable = reachable;
    }

    void check() {
        policy.technicalProfiles().values().forEach(p -> findings.within(reachable.usesProfile(p.id()),
                "technical profile '" + p.id() + "'", () -> profile(p, false)));
    }

    /** The relying party's profile has its own protocol rule (checked with the relying party). */
    void profile(TechnicalProfile profile, boolean relyingParty) {
        if (!relyingParty) {
            protocol(profile);
        }
        findings.claims(profile.inputClaims());
        findings.claims(profile.outputClaims());
        findings.claims(profile.persistedClaims());
        for (DisplayClaim claim : profile.displayClaims()) {
            displayClaim(profile, claim);
        }
        for (Reference transformation : profile.inputClaimsTransformations()) {
            transformation(transformation);
        }
        for (Reference transformation : profile.outputClaimsTransformations()) {
            transformation(transformation);
        }
        for (TechnicalProfile.ValidationTechnicalProfile validation : profile.validationTechnicalProfiles()) {
            findings.technicalProfile(validation.pos(), validation.referenceId());
            findings.preconditions(validation.preconditions());
        }
        findings.reference(profile.useTechnicalProfileForSessionManagement(), policy.technicalProfiles(),
                "technical profile", "TechnicalProfile");
        findings.reference(profile.includeClaimsFromTechnicalProfile(), policy.technicalProfiles(),
                "technical profile", "TechnicalProfile");
        if (profile.subjectNamingInfo() != null && !issuesClaim(profile, profile.subjectNamingInfo().claimType())) {
            findings.claimType(profile.subjectNamingInfo().pos(), profile.subjectNamingInfo().claimType());
        }
        Metadata metadata = profile.metadataOrEmpty();
        for (Metadata.Item item : metadata.items()) {
            // Self-asserted and phone-factor profiles name their page by this metadata key instead of an attribute.
            if (item.key().equalsIgnoreCase("ContentDefinitionReferenceId")) {
                findings.reference(item.pos(), item.value(), policy.contentDefinitions(), "content definition",
                        "ContentDefinition");
            }
        }
    }

    /** SubjectNamingInfo names the subject as issued: an output claim's PartnerClaimType counts. */
    private static boolean issuesClaim(TechnicalProfile profile, String name) {
        return profile.outputClaims().stream().anyMatch(c -> c.partnerName().equalsIgnoreCase(name));
    }

    private void protocol(TechnicalProfile profile) {
        TechnicalProfile.Protocol protocol = profile.protocol();
        if (protocol == null && profile.includeTechnicalProfile() != null) {
            // Either the include is broken (reported where it is resolved) or the included profile lacks a
            // protocol too (reported on that profile): one message at the cause, not one per includer.
            return;
        }
        if (protocol == null) {
            findings.error(profile.pos(), "technical profile '" + profile.id() + "' has no Protocol, not even through"
                    + " its base policies or IncludeTechnicalProfile; expected <Protocol Name=\"…\"/>");
            return;
        }
        Optional<String> name = Protocols.name(protocol.name());
        if (name.isEmpty()) {
            findings.schemaError(protocol.pos(), "unknown protocol '" + protocol.name() + "' in technical profile '"
                    + profile.id() + "'; expected one of " + String.join(", ", Protocols.NAMES));
            return;
        }
        if (name.get().equals("Proprietary")) {
            if (protocol.handler() == null || protocol.handler().isBlank()) {
                findings.error(protocol.pos(), "Proprietary protocol of technical profile '" + profile.id()
                        + "' has no Handler; expected the assembly-qualified name of a Web.TPEngine provider");
            } else if (Protocols.handler(protocol.handler()).isEmpty()) {
                findings.error(protocol.pos(), "unknown handler '" + protocol.handler() + "' in technical profile '"
                        + profile.id() + "'; expected a provider of assembly " + Protocols.ASSEMBLY + " such as"
                        + " Web.TPEngine.Providers.RestfulProvider (docs/engine.md lists all)");
            }
        }
    }

    /** A display claim shows one claim type or one display control, never both or neither. */
    private void displayClaim(TechnicalProfile profile, DisplayClaim claim) {
        boolean claimType = claim.claimTypeReferenceId() != null;
        boolean control = claim.displayControlReferenceId() != null;
        if (claimType == control) {
            findings.error(claim.pos(), "DisplayClaim in technical profile '" + profile.id() + "' sets "
                    + (claimType ? "both" : "neither of") + " ClaimTypeReferenceId and DisplayControlReferenceId;"
                    + " expected exactly one");
        } else if (claimType) {
            findings.claimType(claim.pos(), claim.claimTypeReferenceId());
        } else {
            findings.reference(claim.pos(), claim.displayControlReferenceId(), policy.displayControls(),
                    "display control", "DisplayControl");
        }
    }

    private void transformation(Reference reference) {
        findings.reference(reference, policy.claimsTransformations(), "claims transformation", "ClaimsTransformation");
    }
}
