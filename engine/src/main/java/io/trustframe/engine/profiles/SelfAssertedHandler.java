package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.journey.ClaimsBag;
import io.trustframe.engine.journey.Page;
import io.trustframe.engine.journey.PredicateCheck;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.DisplayControl;
import io.trustframe.engine.policy.model.Precondition;
import io.trustframe.engine.policy.model.TechnicalProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SelfAssertedAttributeProvider: builds the page (DisplayClaims, or else the output claims whose claim type has a
 * UserInputType), and on submission enforces on the server what the page asks for: required fields, Restriction
 * patterns and enumerations, PredicateValidations, matching newPassword/reenterPassword, verified display controls;
 * then runs the validation technical profiles in order with their preconditions, ContinueOnError and
 * ContinueOnSuccess. A failed check shows the page again with the message; nothing of a failed submission stays in
 * the claims bag.
 */
final class SelfAssertedHandler implements ProfileHandler {

    static final String REQUIRED = "This information is required.";
    static final String PASSWORDS_DIFFER =
            "The password entry fields do not match. Please enter the same password in both fields and try again.";
    static final String NOT_VERIFIED = "Please verify before continuing.";

    @Override
    public ProfileResult run(ProfileRun run) {
        return new ProfileResult.ShowPage(page(run, prefill(run), Map.of(), List.of()));
    }

    @Override
    public ProfileResult submit(ProfileRun run, Submission submission) {
        if (submission instanceof Submission.ControlAction action) {
            if (action.displayControlId().regionMatches(true, 0, EmailVerification.PREFIX, 0, EmailVerification.PREFIX.length())
                    && EmailVerification.verifiedClaims(run).stream()
                    .anyMatch(c -> EmailVerification.controlId(c).equalsIgnoreCase(action.displayControlId()))) {
                return EmailVerification.perform(run, this, action);
            }
            return new DisplayControlActions(run, this).perform(action);
        }
        if (!(submission instanceof Submission.Form form)) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "unexpected submission for a self-asserted page");
        }
        RelyingPartyPolicy policy = run.policy();
        ClaimsBag working = run.claims().copy();
        Map<String, String> typed = new java.util.LinkedHashMap<>(prefill(run));
        Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
        for (Field field : fields(run)) {
            if (!field.editable()) {
                String value = typed.get(field.claimType().toLowerCase(Locale.ROOT));
                if (value != null) {
                    working.put(field.claimType(), value);
                }
                continue;
            }
            String value = lookup(form.fields(), field.claimType());
            value = value == null ? "" : value.strip();
            typed.put(field.claimType().toLowerCase(Locale.ROOT), value);
            if (value.isEmpty()) {
                if (field.required()) {
                    fieldErrors.put(field.claimType(), REQUIRED);
                }
                working.remove(field.claimType());
                continue;
            }
            List<String> errors = PredicateCheck.errors(policy, policy.claimTypes().get(field.claimType()), value);
            if (!errors.isEmpty()) {
                fieldErrors.put(field.claimType(), String.join(" ", errors));
            }
            working.put(field.claimType(), value);
        }
        // A rejected page shows the display controls' fields as typed too (the controls' own state decides what
        // counts; these values are only shown).
        for (DisplayControl control : controls(run)) {
            for (DisplayClaim claim : control.displayClaims()) {
                String value = lookup(form.fields(), claim.claimTypeReferenceId());
                if (value != null && editable(policy, claim.claimTypeReferenceId())) {
                    typed.put(claim.claimTypeReferenceId().toLowerCase(Locale.ROOT), value.strip());
                }
            }
        }
        for (String claimType : EmailVerification.verifiedClaims(run)) {
            String value = working.get(claimType).orElse(null);
            if (value != null && !fieldErrors.containsKey(claimType) && !EmailVerification.isVerified(run, claimType, value)) {
                fieldErrors.put(claimType, notVerified(run, claimType));
            }
        }
        List<String> pageErrors = new ArrayList<>();
        Optional<String> newPassword = working.get("newPassword");
        if (shows(run, "reenterPassword") && newPassword.isPresent()
                && !newPassword.equals(working.get("reenterPassword"))) {
            pageErrors.add(PASSWORDS_DIFFER);
        }
        for (DisplayControl control : controls(run)) {
            if (isVerification(control)) {
                if (!"true".equals(run.services().controls().get(control.id() + ":verified"))) {
                    pageErrors.add(NOT_VERIFIED);
                    continue;
                }
                // What the control produced when its code was verified becomes part of the submission.
                String prefix = control.id() + ":claim:";
                run.services().controls().forEach((key, value) -> {
                    if (key.startsWith(prefix)) {
                        working.put(key.substring(prefix.length()), value);
                    }
                });
            }
        }
        if (!fieldErrors.isEmpty() || !pageErrors.isEmpty()) {
            return new ProfileResult.ShowPage(page(run, typed, fieldErrors, pageErrors));
        }
        Optional<String> failure = runValidationProfiles(run, working);
        if (failure.isPresent()) {
            return new ProfileResult.ShowPage(page(run, typed, Map.of(), List.of(failure.get())));
        }
        return new ProfileResult.Done(Map.of(), working.asMap());
    }

    /** UserMessageIfClaimNotVerified ("Claim not verified: {0}") with the claim's display name. */
    private static String notVerified(ProfileRun run, String claimType) {
        ProfileResult.Error error = new ProfileResult.Error(B2cError.AADB2C90037, "Claim not verified: {0}",
                "UserMessageIfClaimNotVerified");
        var type = run.policy().claimTypes().get(claimType);
        String name = type != null && type.displayName() != null ? type.displayName() : claimType;
        return message(run, error).replace("{0}", name);
    }

    /**
     * ValidationTechnicalProfiles in order. A profile whose preconditions hold is skipped. On error the submission
     * fails unless ContinueOnError; after success the rest is skipped when ContinueOnSuccess is false.
     */
    private Optional<String> runValidationProfiles(ProfileRun run, ClaimsBag working) {
        for (TechnicalProfile.ValidationTechnicalProfile validation : run.profile().validationTechnicalProfiles()) {
            if (skip(validation.preconditions(), working)) {
                continue;
            }
            ProfileResult result = run.services().runProfile(validation.referenceId(), working);
            if (result instanceof ProfileResult.Error error) {
                if (Boolean.TRUE.equals(validation.continueOnError())) {
                    continue;
                }
                return Optional.of(message(run, error));
            }
            if (Boolean.FALSE.equals(validation.continueOnSuccess())) {
                break;
            }
        }
        return Optional.empty();
    }

    static boolean skip(List<Precondition> preconditions, ClaimsBag claims) {
        return io.trustframe.engine.journey.Preconditions.skip(preconditions, claims);
    }

    /** The message of a failed validation: the page profile's metadata item or ErrorMessage string, else the default. */
    static String message(ProfileRun run, ProfileResult.Error error) {
        if (error.messageKey() != null) {
            Optional<String> own = run.profile().metadataOrEmpty().find(error.messageKey());
            if (own.isPresent()) {
                return own.get();
            }
            Optional<String> localized = run.services().localized(contentDefinition(run), "ErrorMessage", null,
                    error.messageKey()).or(() -> run.services().localized(null, "ErrorMessage", null, error.messageKey()));
            if (localized.isPresent()) {
                return localized.get();
            }
        }
        return error.userMessage();
    }

    static String contentDefinition(ProfileRun run) {
        return run.profile().metadataOrEmpty().get("ContentDefinitionReferenceId");
    }

    /** Field values to show before the user typed anything: the profile's input claims, by claim type. */
    static Map<String, String> prefill(ProfileRun run) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (ClaimReference input : run.profile().inputClaims()) {
            String value = lookup(run.inputs(), input.partnerName());
            if (value != null) {
                values.put(input.claimTypeReferenceId().toLowerCase(Locale.ROOT), value);
            }
        }
        for (DisplayControl control : controls(run)) {
            for (ClaimReference input : control.inputClaims()) {
                String value = run.claims().get(input.claimTypeReferenceId()).orElse(input.defaultValue());
                if (value != null) {
                    values.put(input.claimTypeReferenceId().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return values;
    }

    Page page(ProfileRun run, Map<String, String> values, Map<String, String> fieldErrors, List<String> errors) {
        List<Page.Field> fields = new ArrayList<>();
        for (Field field : fields(run)) {
            fields.add(pageField(run, field, values, fieldErrors));
        }
        List<Page.Control> controls = new ArrayList<>();
        for (DisplayControl control : controls(run)) {
            List<Page.Field> controlFields = new ArrayList<>();
            for (DisplayClaim claim : control.displayClaims()) {
                Field field = new Field(claim.claimTypeReferenceId(), claim.isRequired(),
                        editable(run.policy(), claim.claimTypeReferenceId()));
                controlFields.add(pageField(run, field, values, fieldErrors));
            }
            List<String> actions = control.actions().stream().map(DisplayControl.Action::id).toList();
            boolean verified = "true".equals(run.services().controls().get(control.id() + ":verified"));
            boolean sent = "true".equals(run.services().controls().get(control.id() + ":sent"));
            controls.add(new Page.Control(control.id(), control.userInterfaceControlType(), controlFields, actions,
                    verified, sent));
        }
        for (String claimType : EmailVerification.verifiedClaims(run)) {
            String id = EmailVerification.controlId(claimType);
            String value = values.get(claimType.toLowerCase(Locale.ROOT));
            Page.Field code = new Page.Field("verificationCode", "Verification code", "TextBox", null, true, List.of(),
                    null, null, null);
            controls.add(new Page.Control(id, "EmailVerification", List.of(code), List.of("SendCode", "VerifyCode"),
                    EmailVerification.isVerified(run, claimType, value),
                    "true".equals(run.services().controls().get(id + ":sent"))));
        }
        List<Page.Choice> choices = new ArrayList<>();
        String signUpTarget = run.profile().metadataOrEmpty().get("SignUpTarget");
        if (signUpTarget != null) {
            choices.add(new Page.Choice(signUpTarget, "Sign up now"));
        }
        return run.services().page(contentDefinition(run), run.profile().id(), fields, controls, choices, errors);
    }

    /**
     * A field as the page shows it. Display name and help text come from the content definition's localized strings
     * (ElementType ClaimType) in the request's language when the policy localizes them, else from the ClaimType.
     */
    private static Page.Field pageField(ProfileRun run, Field field, Map<String, String> values,
                                        Map<String, String> errors) {
        RelyingPartyPolicy policy = run.policy();
        ClaimType type = policy.claimTypes().get(field.claimType());
        String inputType = type == null ? "TextBox" : type.userInputType();
        String value = values.get(field.claimType().toLowerCase(Locale.ROOT));
        if ("Password".equalsIgnoreCase(inputType)) {
            value = null;   // a password is never sent back to the browser
        } else if (value != null && type != null && type.mask() != null && !field.editable()) {
            value = mask(type.mask(), value);
        }
        List<Page.Option> options = type == null || type.restriction() == null ? List.of()
                : type.restriction().enumerations().stream()
                .map(e -> new Page.Option(e.text(), e.value(), Boolean.TRUE.equals(e.selectByDefault()))).toList();
        String pattern = type == null || type.restriction() == null || type.restriction().pattern() == null ? null
                : type.restriction().pattern().regularExpression();
        String id = type == null ? field.claimType() : type.id();
        String displayName = localizedClaimText(run, id, "DisplayName")
                .orElse(type == null || type.displayName() == null ? field.claimType() : type.displayName());
        String helpText = localizedClaimText(run, id, "UserHelpText").orElse(type == null ? null : type.userHelpText());
        return new Page.Field(id, displayName, inputType, value, field.required(), options, pattern, helpText,
                lookup(errors, field.claimType()));
    }

    private static Optional<String> localizedClaimText(ProfileRun run, String claimType, String stringId) {
        return run.services().localized(contentDefinition(run), "ClaimType", claimType, stringId)
                .or(() -> run.services().localized(null, "ClaimType", claimType, stringId));
    }

    /** Mask Type="Simple": the mask text replaces as many leading characters; Type="Regex": matches are replaced by it. */
    static String mask(ClaimType.Mask mask, String value) {
        String text = mask.value() == null ? "" : mask.value();
        if ("Regex".equalsIgnoreCase(mask.type()) && mask.regex() != null) {
            return value.replaceAll(mask.regex(), text);
        }
        return text.length() >= value.length() ? text : text + value.substring(text.length());
    }

    /** A field of the page: its claim type, whether it is required and whether the user can type in it. */
    record Field(String claimType, boolean required, boolean editable) {
    }

    static List<Field> fields(ProfileRun run) {
        TechnicalProfile profile = run.profile();
        RelyingPartyPolicy policy = run.policy();
        List<Field> fields = new ArrayList<>();
        if (!profile.displayClaims().isEmpty()) {
            for (DisplayClaim claim : profile.displayClaims()) {
                if (claim.claimTypeReferenceId() != null) {
                    fields.add(new Field(claim.claimTypeReferenceId(), claim.isRequired(),
                            editable(policy, claim.claimTypeReferenceId())));
                }
            }
            return fields;
        }
        for (ClaimReference output : profile.outputClaims()) {
            ClaimType type = policy.claimTypes().get(output.claimTypeReferenceId());
            // Without DisplayClaims, B2C shows the output claims users can enter: those with a UserInputType.
            if (type != null && type.userInputType() != null && output.defaultValue() == null) {
                fields.add(new Field(type.id(), output.isRequired(), editable(policy, type.id())));
            }
        }
        return fields;
    }

    static List<DisplayControl> controls(ProfileRun run) {
        List<DisplayControl> controls = new ArrayList<>();
        for (DisplayClaim claim : run.profile().displayClaims()) {
            if (claim.displayControlReferenceId() != null) {
                DisplayControl control = run.policy().displayControls().get(claim.displayControlReferenceId());
                if (control != null) {
                    controls.add(control);
                }
            }
        }
        return controls;
    }

    static boolean isVerification(DisplayControl control) {
        return "VerificationControl".equalsIgnoreCase(control.userInterfaceControlType());
    }

    private static boolean editable(RelyingPartyPolicy policy, String claimType) {
        ClaimType type = policy.claimTypes().get(claimType);
        String input = type == null ? null : type.userInputType();
        return input == null || !(input.equalsIgnoreCase("Readonly") || input.equalsIgnoreCase("Paragraph"));
    }

    private static boolean shows(ProfileRun run, String claimType) {
        return fields(run).stream().anyMatch(f -> f.claimType().equalsIgnoreCase(claimType));
    }

    static String lookup(Map<String, String> map, String key) {
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
