package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code BuildingBlocks}: the declarations journeys and technical profiles are built from. */
public record BuildingBlocks(
        SourcePos pos,
        List<ClaimType> claimsSchema,
        List<Predicate> predicates,
        List<PredicateValidation> predicateValidations,
        List<ClaimsTransformation> claimsTransformations,
        List<ClientDefinition> clientDefinitions,
        List<ContentDefinition> contentDefinitions,
        Localization localization,
        List<DisplayControl> displayControls) {

    public static final BuildingBlocks EMPTY =
            new BuildingBlocks(SourcePos.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                    List.of());

    /** {@code ClientDefinition}: client behaviour a journey can ask for ({@code ClientUIFilterFlags}). */
    public record ClientDefinition(SourcePos pos, String id, String clientUIFilterFlags) {
    }
}
