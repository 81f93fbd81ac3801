package io.trustframe.engine.policy.model;

import java.util.List;

/** {@code BuildingBlocks/Localization}: supported languages and the localized strings of each. */
public record Localization(SourcePos pos, Boolean enabled, SupportedLanguages supportedLanguages,
        List<LocalizedResources> localizedResources) {

    /** {@code SupportedLanguages}: {@code DefaultLanguage}, {@code MergeBehavior} and the language codes. */
    public record SupportedLanguages(SourcePos pos, String defaultLanguage, String mergeBehavior,
            List<String> supportedLanguages) {
    }

    /** {@code LocalizedResources}: one language's collections and strings. */
    public record LocalizedResources(SourcePos pos, String id, List<LocalizedCollection> localizedCollections,
            List<LocalizedString> localizedStrings) {
    }

    /** {@code LocalizedCollections/LocalizedCollection}: localized enumeration items of a claim. */
    public record LocalizedCollection(SourcePos pos, String elementType, String elementId, String targetCollection,
            List<Item> items) {
    }

    /** {@code LocalizedCollection/Item}. */
    public record Item(SourcePos pos, String text, String value, Boolean selectByDefault) {
    }

    /** {@code LocalizedStrings/LocalizedString}: the text of one UI string, claim label, error message, …. */
    public record LocalizedString(SourcePos pos, String elementType, String elementId, String stringId, String text) {
    }
}
