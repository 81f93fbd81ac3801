package io.trustframe.engine.policy.parse;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.SourcePos;
import io.trustframe.engine.policy.model.TrustFrameworkPolicy;

/**
 * Turns the text of one policy file into a {@link TrustFrameworkPolicy}. Never throws for bad input: malformed
 * XML, a DTD or a foreign root give an error and no policy; unknown elements and attributes give warnings.
 */
public final class PolicyParser {

    /** The namespace of every B2C custom policy element. */
    public static final String NAMESPACE = "http://schemas.microsoft.com/online/cpim/schemas/2013/06";

    private PolicyParser() {
    }

    /** The outcome: the policy (absent when the file could not be read as one) and what was found on the way. */
    public record Result(TrustFrameworkPolicy policy, List<Diagnostic> diagnostics) {
    }

    public static Result parse(String file, String xml) {
        ParseContext ctx = new ParseContext(file);
        XmlElement root;
        try {
            root = SecureXmlReader.read(xml);
        } catch (SecureXmlReader.XmlProblem problem) {
            ctx.diagnostics.add(Diagnostic.error(new SourcePos(file, "", problem.line, problem.column, ""),
                    "not a well-formed policy document: " + problem.getMessage()));
            return new Result(null, List.copyOf(ctx.diagnostics));
        }
        if (!root.name.equals("TrustFrameworkPolicy") || !root.namespace.equals(NAMESPACE)) {
            ctx.diagnostics.add(Diagnostic.error(new SourcePos(file, "", root.line, root.column, root.name),
                    "root element is {" + root.namespace + "}" + root.name + "; expected TrustFrameworkPolicy in"
                            + " namespace " + NAMESPACE));
            return new Result(null, List.copyOf(ctx.diagnostics));
        }
        root.markRead();
        String policyId = root.attr("PolicyId");
        ctx.policyId = policyId == null ? "" : policyId;
        TrustFrameworkPolicy policy = policy(ctx, root);
        ctx.warnUnread(root);
        return new Result(policy, List.copyOf(ctx.diagnostics));
    }

    private static TrustFrameworkPolicy policy(ParseContext ctx, XmlElement root) {
        ctx.required(root, "PolicyId");
        ctx.required(root, "TenantId");
        BuildingBlocksParser blocks = new BuildingBlocksParser(ctx);
        ProfileParser profiles = new ProfileParser(ctx, blocks);
        JourneyParser journeys = new JourneyParser(ctx);
        XmlElement base = root.child("BasePolicy");
        return new TrustFrameworkPolicy(ctx.pos(root), root.attr("PolicySchemaVersion"), root.attr("TenantId"),
                root.attr("TenantObjectId"), root.attr("PolicyId"), root.attr("PublicPolicyUri"),
                root.attr("DeploymentMode"), root.attr("UserJourneyRecorderEndpoint"),
                base == null ? null : new TrustFrameworkPolicy.BasePolicy(ctx.pos(base), base.childText("TenantId"),
                        base.childText("PolicyId")),
                blocks.parse(root.child("BuildingBlocks")), profiles.claimsProviders(root),
                journeys.userJourneys(root), journeys.subJourneys(root),
                relyingParty(ctx, root.child("RelyingParty"), profiles));
    }

    private static RelyingParty relyingParty(ParseContext ctx, XmlElement e, ProfileParser profiles) {
        if (e == null) {
            return null;
        }
        List<RelyingParty.Endpoint> endpoints = new ArrayList<>();
        for (XmlElement endpoint : e.list("Endpoints", "Endpoint")) {
            endpoints.add(new RelyingParty.Endpoint(ctx.pos(endpoint), ctx.required(endpoint, "Id"),
                    ctx.required(endpoint, "UserJourneyReferenceId")));
        }
        XmlElement profile = e.child("TechnicalProfile");
        return new RelyingParty(ctx.pos(e), ctx.reference(e.child("DefaultUserJourney"), "ReferenceId"),
                List.copyOf(endpoints), behaviors(ctx, e.child("UserJourneyBehaviors")),
                profile == null ? null : profiles.technicalProfile(profile));
    }

    private static RelyingParty.UserJourneyBehaviors behaviors(ParseContext ctx, XmlElement e) {
        if (e == null) {
            return null;
        }
        XmlElement sso = e.child("SingleSignOn");
        XmlElement insights = e.child("JourneyInsights");
        XmlElement framing = e.child("JourneyFraming");
        List<RelyingParty.Parameter> parameters = new ArrayList<>();
        for (XmlElement p : e.list("ContentDefinitionParameters", "Parameter")) {
            parameters.add(new RelyingParty.Parameter(ctx.pos(p), ctx.required(p, "Name"), p.text()));
        }
        XmlElement expiry = e.child("SessionExpiryInSeconds");
        return new RelyingParty.UserJourneyBehaviors(ctx.pos(e),
                sso == null ? null : new RelyingParty.SingleSignOn(ctx.pos(sso), sso.attr("Scope"),
                        ctx.integer(sso, "KeepAliveInDays", sso.attr("KeepAliveInDays")),
                        ctx.bool(sso, "EnforceIdTokenHintOnLogout")),
                e.childText("SessionExpiryType"),
                expiry == null ? null : ctx.integer(expiry, "SessionExpiryInSeconds", expiry.text()),
                insights == null ? null : new RelyingParty.JourneyInsights(ctx.pos(insights),
                        insights.attr("TelemetryEngine"), insights.attr("InstrumentationKey"),
                        insights.attr("ConnectionString"), ctx.bool(insights, "DeveloperMode"),
                        ctx.bool(insights, "ClientEnabled"), ctx.bool(insights, "ServerEnabled"),
                        insights.attr("TelemetryVersion")),
                List.copyOf(parameters),
                framing == null ? null : new RelyingParty.JourneyFraming(ctx.pos(framing), ctx.bool(framing, "Enabled"),
                        framing.attr("Sources")),
                e.childText("ScriptExecution"));
    }
}
