package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code ContentDefinitions/ContentDefinition}: the page template and data contract of one page type. */
public record ContentDefinition(SourcePos pos, String id, String loadUri, String recoveryUri, String dataUri,
        Metadata metadata, LocalizedResourcesReferences localizedResourcesReferences) {

    /** {@code LocalizedResourcesReferences}: per language, which {@code LocalizedResources} apply. */
    public record LocalizedResourcesReferences(SourcePos pos, String mergeBehavior,
            List<LocalizedResourcesReference> references) {
    }

    /** {@code LocalizedResourcesReference}. */
    public record LocalizedResourcesReference(SourcePos pos, String language, String localizedResourcesReferenceId) {
    }
}
