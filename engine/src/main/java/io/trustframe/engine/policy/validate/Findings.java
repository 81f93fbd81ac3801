package io.trustframe.engine.policy.validate;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.model.Precondition;
import io.trustframe.engine.policy.model.Reference;
import io.trustframe.engine.policy.model.SourcePos;

/** Collects diagnostics, with the reference check every other check uses. */
final class Findings {

    final List<Diagnostic> diagnostics = new ArrayList<>();
    private final RelyingPartyPolicy policy;
    private String toleratedBecause;

    Findings(RelyingPartyPolicy policy) {
        this.policy = policy;
    }

    void error(SourcePos pos, String message) {
        if (toleratedBecause == null) {
            diagnostics.add(Diagnostic.error(pos, message));
        } else {
            diagnostics.add(Diagnostic.warning(pos, message + " (" + toleratedBecause + ")"));
        }
    }

    /**
     * A value outside an enumeration of B2C's policy schema: rejected on upload whether or not anything uses the
     * element, so never tolerated.
     */
    void schemaError(SourcePos pos, String message) {
        diagnostics.add(Diagnostic.error(pos, message));
    }

    /**
     * Runs {@code checks} for one element; when the relying party never uses it, its errors become warnings
     * (see {@link Reachability}).
     */
    void within(boolean used, String element, Runnable checks) {
        tolerating(used ? null : "in " + element + ", which the relying party never runs", checks);
    }

    /** Runs {@code checks} reporting errors as warnings that give {@code reason}; {@code null}: report errors. */
    void tolerating(String reason, Runnable checks) {
        String outer = toleratedBecause;
        toleratedBecause = outer != null ? outer : reason;
        try {
            checks.run();
        } finally {
            toleratedBecause = outer;
        }
    }

    void warning(SourcePos pos, String message) {
        diagnostics.add(Diagnostic.warning(pos, message));
    }

    /**
     * Reports a reference to an element that the merged chain does not define. {@code kind} is how users say it
     * ("claim type"), {@code element} the XML element the Id must belong to ("ClaimType").
     */
    boolean reference(SourcePos pos, String id, IdMap<?> defined, String kind, String element) {
        if (id == null || id.isBlank()) {
            return false;
        }
        if (defined.contains(id)) {
            return true;
        }
        error(pos, "undefined " + kind + " '" + id + "'; expected the Id of a " + element
                + " defined in this policy or its base policies");
        return false;
    }

    void reference(Reference reference, IdMap<?> defined, String kind, String element) {
        if (reference != null) {
            reference(reference.pos(), reference.referenceId(), defined, kind, element);
        }
    }

    void claims(List<ClaimReference> claims) {
        for (ClaimReference claim : claims) {
            claimType(claim.pos(), claim.claimTypeReferenceId());
        }
    }

    boolean claimType(SourcePos pos, String id) {
        return reference(pos, id, policy.claimTypes(), "claim type", "ClaimType");
    }

    void technicalProfile(SourcePos pos, String id) {
        reference(pos, id, policy.technicalProfiles(), "technical profile", "TechnicalProfile");
    }

    /** ClaimsExist and ClaimEquals test the claim named by their first Value. */
    void preconditions(List<Precondition> preconditions) {
        for (Precondition precondition : preconditions) {
            String type = precondition.type();
            if (!"ClaimsExist".equalsIgnoreCase(type) && !"ClaimEquals".equalsIgnoreCase(type)) {
                schemaError(precondition.pos(), "unknown precondition type '" + type
                        + "'; expected ClaimsExist or ClaimEquals");
                continue;
            }
            if (precondition.values().isEmpty()) {
                error(precondition.pos(), "precondition " + type + " has no Value; expected the claim type to test");
                continue;
            }
            claimType(precondition.pos(), precondition.values().get(0));
            if ("ClaimEquals".equalsIgnoreCase(type) && precondition.values().size() < 2) {
                error(precondition.pos(), "precondition ClaimEquals has one Value; expected the claim type and the"
                        + " value to compare it with");
            }
        }
    }
}
