package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.ClaimsBag;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.model.DisplayClaim;
import io.trustframe.engine.policy.model.DisplayControl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A display control's action on a self-asserted page (VerificationControl's SendCode and VerifyCode): the control's
 * display claims are taken from the form (read-only ones from its input claims, never from the browser), its
 * validation profiles run like a page's validation profiles, and its state is kept in the journey: a successful
 * VerifyCode marks the control verified and keeps its output claims for the page's submission.
 */
final class DisplayControlActions {

    private static final String CODE_SENT = "Verification code has been sent. Please copy it to the input box below.";

    private final ProfileRun run;
    private final SelfAssertedHandler page;

    DisplayControlActions(ProfileRun run, SelfAssertedHandler page) {
        this.run = run;
        this.page = page;
    }

    ProfileResult perform(Submission.ControlAction action) {
        Map<String, String> values = new LinkedHashMap<>(SelfAssertedHandler.prefill(run));
        // What the user typed into the page's other fields is shown again, not lost to the control's round trip
        // (passwords never: the page drops them).
        for (SelfAssertedHandler.Field field : SelfAssertedHandler.fields(run)) {
            String typed = SelfAssertedHandler.lookup(action.fields(), field.claimType());
            if (field.editable() && typed != null) {
                values.put(field.claimType().toLowerCase(Locale.ROOT), typed);
            }
        }
        Optional<DisplayControl> found = SelfAssertedHandler.controls(run).stream()
                .filter(c -> c.id().equalsIgnoreCase(action.displayControlId())).findFirst();
        if (found.isEmpty()) {
            return show(values, "This page has no control " + action.displayControlId() + ".");
        }
        DisplayControl control = found.get();
        Optional<DisplayControl.Action> definition = control.actions().stream()
                .filter(a -> a.id().equalsIgnoreCase(action.action())).findFirst();
        if (definition.isEmpty()) {
            return show(values, "The control has no action " + action.action() + ".");
        }
        run.ports().trace().displayControlAction(run.policy().policyId(), control.id(), definition.get().id());
        boolean verify = definition.get().id().equalsIgnoreCase("VerifyCode");
        ClaimsBag working = run.claims().copy();
        for (DisplayClaim claim : control.displayClaims()) {
            String type = claim.claimTypeReferenceId();
            boolean isCode = "VerificationCode".equalsIgnoreCase(claim.controlClaimType());
            String value = editable(type) ? SelfAssertedHandler.lookup(action.fields(), type)
                    : values.get(type.toLowerCase(Locale.ROOT));
            if (value != null && !value.isBlank()) {
                working.put(type, value.strip());
                values.put(type.toLowerCase(Locale.ROOT), value.strip());
            } else if (claim.isRequired() && (verify || !isCode)) {
                return show(values, SelfAssertedHandler.REQUIRED);
            }
        }
        for (var profile : definition.get().technicalProfiles()) {
            if (SelfAssertedHandler.skip(profile.preconditions(), working)) {
                continue;
            }
            ProfileResult result = run.services().runProfile(profile.technicalProfileReferenceId(), working);
            if (result instanceof ProfileResult.Error error) {
                if (Boolean.TRUE.equals(profile.continueOnError())) {
                    continue;
                }
                return show(values, SelfAssertedHandler.message(run, error));
            }
            if (Boolean.FALSE.equals(profile.continueOnSuccess())) {
                break;
            }
        }
        Map<String, String> state = run.services().controls();
        if (verify) {
            state.put(control.id() + ":verified", "true");
            // The control's other claims (a country code next to the number) are part of the page's submission too.
            for (DisplayClaim claim : control.displayClaims()) {
                if (!"VerificationCode".equalsIgnoreCase(claim.controlClaimType())) {
                    working.get(claim.claimTypeReferenceId())
                            .ifPresent(v -> state.put(control.id() + ":claim:" + claim.claimTypeReferenceId(), v));
                }
            }
            for (var output : control.outputClaims()) {
                working.get(output.claimTypeReferenceId())
                        .ifPresent(v -> state.put(control.id() + ":claim:" + output.claimTypeReferenceId(), v));
            }
            return show(values, null);
        }
        state.put(control.id() + ":sent", "true");
        state.remove(control.id() + ":verified");
        String sent = run.services().localized(SelfAssertedHandler.contentDefinition(run), "DisplayControl", control.id(),
                "success_send_code_msg").orElse(CODE_SENT);
        return new ProfileResult.ShowPage(page.page(run, values, Map.of(), List.of()).withMessage(sent));
    }

    private ProfileResult show(Map<String, String> values, String error) {
        List<String> errors = new ArrayList<>();
        if (error != null) {
            errors.add(error);
        }
        return new ProfileResult.ShowPage(page.page(run, values, Map.of(), errors));
    }

    private boolean editable(String claimType) {
        var type = run.policy().claimTypes().get(claimType);
        String input = type == null ? null : type.userInputType();
        return input == null || !(input.equalsIgnoreCase("Readonly") || input.equalsIgnoreCase("Paragraph"));
    }
}
