package io.trustframe.engine.policy.parse;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.engine.policy.model.ClaimsProvider;
import io.trustframe.engine.policy.model.TechnicalProfile;

/** {@code ClaimsProviders} and technical profiles (also the relying party's). */
final class ProfileParser {

    private final ParseContext ctx;
    private final ClaimListParser claims;
    private final BuildingBlocksParser blocks;

    ProfileParser(ParseContext ctx, BuildingBlocksParser blocks) {
        this.ctx = ctx;
        this.claims = new ClaimListParser(ctx);
        this.blocks = blocks;
    }

    List<ClaimsProvider> claimsProviders(XmlElement root) {
        List<ClaimsProvider> providers = new ArrayList<>();
        for (XmlElement e : root.list("ClaimsProviders", "ClaimsProvider")) {
            List<TechnicalProfile> profiles = new ArrayList<>();
            for (XmlElement tp : e.list("TechnicalProfiles", "TechnicalProfile")) {
                profiles.add(technicalProfile(tp));
            }
            providers.add(new ClaimsProvider(ctx.pos(e), e.childText("DisplayName"), e.childText("Domain"),
                    List.copyOf(profiles)));
        }
        return List.copyOf(providers);
    }

    TechnicalProfile technicalProfile(XmlElement e) {
        XmlElement protocol = e.child("Protocol");
        XmlElement naming = e.child("SubjectNamingInfo");
        List<TechnicalProfile.CryptographicKey> keys = new ArrayList<>();
        for (XmlElement k : e.list("CryptographicKeys", "Key")) {
            keys.add(new TechnicalProfile.CryptographicKey(ctx.pos(k), ctx.required(k, "Id"),
                    ctx.required(k, "StorageReferenceId")));
        }
        List<TechnicalProfile.ValidationTechnicalProfile> validations = new ArrayList<>();
        for (XmlElement v : e.list("ValidationTechnicalProfiles", "ValidationTechnicalProfile")) {
            validations.add(new TechnicalProfile.ValidationTechnicalProfile(ctx.pos(v), ctx.required(v, "ReferenceId"),
                    ctx.bool(v, "ContinueOnError"), ctx.bool(v, "ContinueOnSuccess"), claims.preconditions(v)));
        }
        return new TechnicalProfile(ctx.pos(e), ctx.required(e, "Id"), e.childText("DisplayName"),
                e.childText("Description"),
                protocol == null ? null : new TechnicalProfile.Protocol(ctx.pos(protocol),
                        ctx.required(protocol, "Name"), protocol.attr("Handler")),
                e.childText("InputTokenFormat"), e.childText("OutputTokenFormat"), blocks.metadata(e.child("Metadata")),
                List.copyOf(keys),
                ctx.references(e.list("InputClaimsTransformations", "InputClaimsTransformation"), "ReferenceId"),
                claims.claims(e, "InputClaims", "InputClaim"), claims.displayClaims(e),
                claims.claims(e, "PersistedClaims", "PersistedClaim"), claims.claims(e, "OutputClaims", "OutputClaim"),
                ctx.references(e.list("OutputClaimsTransformations", "OutputClaimsTransformation"), "ReferenceId"),
                List.copyOf(validations),
                naming == null ? null : new TechnicalProfile.SubjectNamingInfo(ctx.pos(naming),
                        ctx.required(naming, "ClaimType"), naming.attr("NameFormat"),
                        naming.attr("ExcludedAttributes")),
                ctx.boolText(e.child("IncludeInSso")),
                ctx.reference(e.child("IncludeClaimsFromTechnicalProfile"), "ReferenceId"),
                ctx.reference(e.child("IncludeTechnicalProfile"), "ReferenceId"),
                ctx.reference(e.child("UseTechnicalProfileForSessionManagement"), "ReferenceId"),
                e.childText("EnabledForUserJourneys"), e.childText("DomainName"));
    }
}
