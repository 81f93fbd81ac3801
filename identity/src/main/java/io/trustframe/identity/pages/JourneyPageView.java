package io.trustframe.identity.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.trustframe.engine.journey.Page;

/**
 * What our page template shows besides the engine's fields: headings, button labels and the display controls'
 * texts, each from the content definition's localized strings in the journey's language, else from B2C's defaults
 * ({@link PageTexts}). The form's names and values ({@code _action} = {@code continue}, {@code control:<id>:<action>},
 * {@code choose:<exchange>}, {@code forgot}, {@code cancel}) do not depend on the language.
 *
 * @param unified   the combined sign-in and sign-up page (B2C's unifiedssp contract)
 * @param controls  the display controls with their texts
 * @param choices   identity-provider buttons and the sign-up link ({@code choose:<exchange>})
 */
public record JourneyPageView(String language, boolean unified, String heading, String errorSummaryTitle,
                              String continueLabel, String cancelLabel, String forgotPasswordLabel, String message,
                              List<String> errors, List<ControlView> controls, List<Button> choices) {

    /** A display control: a fieldset whose legend and buttons read as B2C's do. */
    public record ControlView(String id, String legend, String intro, List<Page.Field> fields, List<Button> buttons,
                              boolean verified, String verifiedText) {
    }

    /** A submit button: {@code value} is what {@code _action} carries, {@code label} what the user reads. */
    public record Button(String value, String label) {
    }

    /**
     * @param signUpTarget the exchange the page profile's {@code SignUpTarget} names, or null: its link reads B2C's
     *                     {@code createaccount_link} ("Sign up now")
     */
    public static JourneyPageView of(Page page, String signUpTarget) {
        Map<String, String> strings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        strings.putAll(page.localizedStrings());
        PageTexts texts = PageTexts.forLanguage(page.language());
        boolean unified = contains(page.dataUri(), "unifiedssp") || contains(page.contentDefinitionId(), "signuporsignin");
        boolean signUp = contains(page.contentDefinitionId(), "localaccountsignup");
        String heading = unified
                ? first(strings, texts.get("heading_signin"), "UxElement::heading")
                : first(strings, texts.get("heading_selfasserted"), "UxElement::heading", "UxElement::intro");
        // The unified page's main button signs in; a self-asserted page's continues (B2C's "Create" on local account
        // sign-up) — a string table shared by all pages may hold both.
        String continueLabel = unified ? first(strings, texts.get("button_signin"), "UxElement::button_signin")
                : first(strings, texts.get(signUp ? "button_create" : "button_continue"), "UxElement::button_continue");
        List<ControlView> controls = new ArrayList<>();
        for (Page.Control control : page.displayControls()) {
            controls.add(control(control, strings, texts));
        }
        List<Button> choices = new ArrayList<>();
        for (Page.Choice choice : page.choices()) {
            String label = choice.claimsExchangeId().equalsIgnoreCase(signUpTarget)
                    ? first(strings, texts.get("createaccount_link"), "UxElement::createaccount_link")
                    : choice.displayName();
            choices.add(new Button("choose:" + choice.claimsExchangeId(), label));
        }
        return new JourneyPageView(page.language() == null ? texts.language() : page.language(), unified, heading,
                first(strings, texts.get("error_summary"), "UxElement::error_summary"), continueLabel,
                first(strings, texts.get("button_cancel"), "UxElement::button_cancel"),
                first(strings, texts.get("forgotpassword_link"), "UxElement::forgotpassword_link"),
                texts.translate(page.message()), page.errors().stream().map(texts::translate).toList(), controls,
                choices);
    }

    /**
     * B2C's verification display control reads its strings as ElementType DisplayControl with the control's id
     * (but_send_code, but_verify_code, but_send_new_code, intro_msg, success_verify_code_msg); the built-in email
     * verification of a self-asserted page reads UxElement ver_* strings.
     */
    private static ControlView control(Page.Control control, Map<String, String> strings, PageTexts texts) {
        boolean builtIn = "EmailVerification".equals(control.type());
        String prefix = "DisplayControl:" + control.id() + ":";
        List<Button> buttons = new ArrayList<>();
        for (String action : control.actions()) {
            String value = "control:" + control.id() + ":" + action;
            String label;
            if (action.equalsIgnoreCase("SendCode")) {
                label = control.codeSent()
                        ? first(strings, texts.get("but_send_new_code"), builtIn ? "UxElement::ver_but_resend"
                                : prefix + "but_send_new_code")
                        : first(strings, texts.get("but_send_code"), builtIn ? "UxElement::ver_but_send"
                                : prefix + "but_send_code");
            } else if (action.equalsIgnoreCase("VerifyCode")) {
                label = first(strings, texts.get("but_verify_code"), builtIn ? "UxElement::ver_but_verify"
                        : prefix + "but_verify_code");
            } else {
                label = first(strings, action, prefix + "but_" + action);
            }
            buttons.add(new Button(value, label));
        }
        String intro = strings.get(builtIn ? "UxElement::ver_intro_msg" : prefix + "intro_msg");
        String verifiedText = first(strings, texts.get("verified"),
                builtIn ? "UxElement::ver_success_msg" : prefix + "success_verify_code_msg");
        String legend = first(strings, texts.get("verification_legend"), prefix + "DisplayName");
        return new ControlView(control.id(), legend, intro, control.fields(), buttons, control.verified(), verifiedText);
    }

    /** A message the engine gave in its built-in English (a field's error), in this page's language. */
    public String translate(String message) {
        return PageTexts.forLanguage(language).translate(message);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part);
    }

    private static String first(Map<String, String> strings, String fallback, String... keys) {
        for (String key : keys) {
            String value = strings.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return fallback;
    }
}
