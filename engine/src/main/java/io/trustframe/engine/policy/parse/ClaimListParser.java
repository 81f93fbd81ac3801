package io.trustframe.engine.policy.parse;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.Precondition;

/** The element lists many parents share: claim lists, display claims, preconditions. */
final class ClaimListParser {

    private final ParseContext ctx;

    ClaimListParser(ParseContext ctx) {
        this.ctx = ctx;
    }

    /** {@code InputClaims/InputClaim}, {@code OutputClaims/OutputClaim}, {@code PersistedClaims/PersistedClaim}. */
    List<ClaimReference> claims(XmlElement parent, String list, String item) {
        List<ClaimReference> claims = new ArrayList<>();
        for (XmlElement e : parent.list(list, item)) {
            claims.add(new ClaimReference(ctx.pos(e), ctx.required(e, "ClaimTypeReferenceId"), e.attr("DefaultValue"),
                    e.attr("PartnerClaimType"), e.attr("TransformationClaimType"), ctx.bool(e, "Required"),
                    ctx.bool(e, "AlwaysUseDefaultValue")));
        }
        return List.copyOf(claims);
    }

    List<DisplayClaim> displayClaims(XmlElement parent) {
        List<DisplayClaim> claims = new ArrayList<>();
        for (XmlElement e : parent.list("DisplayClaims", "DisplayClaim")) {
            claims.add(new DisplayClaim(ctx.pos(e), e.attr("ClaimTypeReferenceId"), e.attr("DisplayControlReferenceId"),
                    e.attr("ControlClaimType"), ctx.bool(e, "Required")));
        }
        return List.copyOf(claims);
    }

    List<Precondition> preconditions(XmlElement parent) {
        List<Precondition> preconditions = new ArrayList<>();
        for (XmlElement e : parent.list("Preconditions", "Precondition")) {
            List<String> values = new ArrayList<>();
            for (XmlElement value : e.children("Value")) {
                values.add(value.text() == null ? "" : value.text());
            }
            preconditions.add(new Precondition(ctx.pos(e), ctx.required(e, "Type"), ctx.bool(e, "ExecuteActionsIf"),
                    List.copyOf(values), e.childText("Action")));
        }
        return List.copyOf(preconditions);
    }
}
