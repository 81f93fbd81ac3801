package io.trustframe.engine.journey;

import java.util.List;
import java.util.Map;

/**
 * The model of a B2C page: which content definition renders it, the fields (display claims or output claims of the
 * self-asserted profile), display controls, identity-provider choices, error messages and localized strings. The
 * identity service turns it into HTML; the engine never does. {@code language} is the journey's culture (BCP 47),
 * the language {@code localizedStrings} were chosen for.
 */
public record Page(String contentDefinitionId, String loadUri, String dataUri, String technicalProfileId,
                   List<Field> fields, List<Control> displayControls, List<Choice> choices, List<String> errors,
                   String message, Map<String, String> localizedStrings, String language) {

    public Page(String contentDefinitionId, String loadUri, String dataUri, String technicalProfileId,
                List<Field> fields, List<Control> displayControls, List<Choice> choices, List<String> errors,
                String message, Map<String, String> localizedStrings) {
        this(contentDefinitionId, loadUri, dataUri, technicalProfileId, fields, displayControls, choices, errors,
                message, localizedStrings, null);
    }

    public Page(String contentDefinitionId, String loadUri, String dataUri, String technicalProfileId,
                List<Field> fields, List<Control> displayControls, List<Choice> choices, List<String> errors,
                Map<String, String> localizedStrings) {
        this(contentDefinitionId, loadUri, dataUri, technicalProfileId, fields, displayControls, choices, errors, null,
                localizedStrings);
    }

    /** This page with an informational message (not an error), e.g. "code sent". */
    public Page withMessage(String text) {
        return new Page(contentDefinitionId, loadUri, dataUri, technicalProfileId, fields, displayControls, choices,
                errors, text, localizedStrings, language);
    }

    /** This page in {@code tag}'s language (the strings are already that language's). */
    public Page inLanguage(String tag) {
        return new Page(contentDefinitionId, loadUri, dataUri, technicalProfileId, fields, displayControls, choices,
                errors, message, localizedStrings, tag);
    }

    public Page {
        fields = List.copyOf(fields);
        displayControls = List.copyOf(displayControls);
        choices = List.copyOf(choices);
        errors = List.copyOf(errors);
        localizedStrings = Map.copyOf(localizedStrings);
    }

    /** One input or read-only value. {@code error} is the field's own message after a rejected submission. */
    public record Field(String claimType, String displayName, String userInputType, String value, boolean required,
                       List<Option> options, String pattern, String helpText, String error) {
        public Field {
            options = List.copyOf(options);
        }
    }

    /** A Restriction enumeration item (drop-down, radio buttons, checkboxes). */
    public record Option(String text, String value, boolean selectByDefault) {
    }

    /**
     * A display control with its own fields and the actions it can run now; {@code codeSent} once its SendCode ran
     * (B2C then offers "Send new code").
     */
    public record Control(String id, String type, List<Field> fields, List<String> actions, boolean verified,
                          boolean codeSent) {
        public Control {
            fields = List.copyOf(fields);
            actions = List.copyOf(actions);
        }

        public Control(String id, String type, List<Field> fields, List<String> actions, boolean verified) {
            this(id, type, fields, actions, verified, false);
        }
    }

    /** An identity-provider button or the sign-up link: submit it as {@link Submission.ChooseClaimsExchange}. */
    public record Choice(String claimsExchangeId, String displayName) {
    }

    public java.util.Optional<Field> field(String claimType) {
        return fields.stream().filter(f -> f.claimType().equalsIgnoreCase(claimType)).findFirst();
    }
}
