package io.trustframe.engine.policy.model;

import java.util.List;
import java.util.Optional;

import io.trustframe.engine.claims.DataType;

/**
 * {@code ClaimsSchema/ClaimType}. {@code dataType} and {@code userInputType} keep the text as written
 * ({@link DataType#fromClaimsSchema} interprets it); absent children are {@code null} so a derived policy can
 * override a single property of a claim declared in its base.
 */
public record ClaimType(
        SourcePos pos,
        String id,
        String displayName,
        String dataType,
        List<PartnerClaimType> defaultPartnerClaimTypes,
        Mask mask,
        String adminHelpText,
        String userHelpText,
        String userInputType,
        Restriction restriction,
        Reference predicateValidationReference) {

    /** The interpreted {@code DataType}, or {@code null} when it is missing or not a documented value. */
    public DataType type() {
        return DataType.fromClaimsSchema(dataType).orElse(null);
    }

    /** The claim's name in a protocol (e.g. OpenIdConnect), from {@code DefaultPartnerClaimTypes}, if any. */
    public Optional<String> partnerClaimType(String protocol) {
        return defaultPartnerClaimTypes.stream()
                .filter(p -> p.name().equalsIgnoreCase(protocol) && p.partnerClaimType() != null)
                .map(PartnerClaimType::partnerClaimType).findFirst();
    }

    /** {@code DefaultPartnerClaimTypes/Protocol}: the claim's name in one protocol. */
    public record PartnerClaimType(SourcePos pos, String name, String partnerClaimType) {
    }

    /** {@code Mask}: how the value is shown masked ({@code Type} Simple or Regex). */
    public record Mask(SourcePos pos, String type, String regex, String value) {
    }

    /** {@code Restriction}: allowed values or a pattern; {@code MergeBehavior} says how to combine with a base. */
    public record Restriction(SourcePos pos, String mergeBehavior, List<Enumeration> enumerations, Pattern pattern) {
    }

    /** {@code Restriction/Enumeration}. */
    public record Enumeration(SourcePos pos, String text, String value, Boolean selectByDefault) {
    }

    /** {@code Restriction/Pattern}. */
    public record Pattern(SourcePos pos, String regularExpression, String helpText) {
    }
}
