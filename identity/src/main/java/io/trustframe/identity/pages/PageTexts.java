package io.trustframe.identity.pages;

import java.util.Locale;
import java.util.Map;

/**
 * The texts our templates show when the policy's Localization has none for the page: English and German, the
 * defaults B2C's own pages show (its localization string ids name them). Any other language gets English.
 */
public final class PageTexts {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("heading_signin", "Sign in"),
            Map.entry("heading_selfasserted", "Your details"),
            Map.entry("heading_error", "Sorry, we can't continue"),
            Map.entry("error_summary", "There is a problem"),
            Map.entry("button_signin", "Sign in"),
            Map.entry("button_continue", "Continue"),
            Map.entry("button_create", "Create"),
            Map.entry("button_cancel", "Cancel"),
            Map.entry("forgotpassword_link", "Forgot your password?"),
            Map.entry("createaccount_link", "Sign up now"),
            Map.entry("verification_legend", "Verification"),
            Map.entry("verified", "Verified."),
            Map.entry("but_send_code", "Send verification code"),
            Map.entry("but_verify_code", "Verify code"),
            Map.entry("but_send_new_code", "Send new code"),
            Map.entry("success_send_code_msg", "Verification code has been sent. Please copy it to the input box below."),
            Map.entry("required_field", "This information is required."),
            Map.entry("passwords_differ", "The password entry fields do not match. Please enter the same password in"
                    + " both fields and try again."),
            Map.entry("verify_first", "Please verify before continuing."),
            Map.entry("correlation_id", "Correlation ID"),
            Map.entry("signed_out", "You are signed out"),
            Map.entry("close_window", "You can close this window."),
            Map.entry("not_sent_back",
                    "The page you came from is not registered for this application, so you were not sent back to it."));

    private static final Map<String, String> DE = Map.ofEntries(
            Map.entry("heading_signin", "Anmelden"),
            Map.entry("heading_selfasserted", "Ihre Angaben"),
            Map.entry("heading_error", "Leider können wir nicht fortfahren"),
            Map.entry("error_summary", "Es gibt ein Problem"),
            Map.entry("button_signin", "Anmelden"),
            Map.entry("button_continue", "Weiter"),
            Map.entry("button_create", "Erstellen"),
            Map.entry("button_cancel", "Abbrechen"),
            Map.entry("forgotpassword_link", "Kennwort vergessen?"),
            Map.entry("createaccount_link", "Jetzt registrieren"),
            Map.entry("verification_legend", "Bestätigung"),
            Map.entry("verified", "Bestätigt."),
            Map.entry("but_send_code", "Bestätigungscode senden"),
            Map.entry("but_verify_code", "Code bestätigen"),
            Map.entry("but_send_new_code", "Neuen Code senden"),
            Map.entry("success_send_code_msg",
                    "Der Bestätigungscode wurde gesendet. Bitte kopieren Sie ihn in das Eingabefeld unten."),
            Map.entry("required_field", "Diese Angabe ist erforderlich."),
            Map.entry("passwords_differ", "Die Kennworteinträge stimmen nicht überein. Bitte geben Sie in beide Felder"
                    + " dasselbe Kennwort ein."),
            Map.entry("verify_first", "Bitte bestätigen Sie, bevor Sie fortfahren."),
            Map.entry("correlation_id", "Korrelations-ID"),
            Map.entry("signed_out", "Sie sind abgemeldet"),
            Map.entry("close_window", "Sie können dieses Fenster schließen."),
            Map.entry("not_sent_back", "Die Seite, von der Sie kamen, ist für diese Anwendung nicht registriert;"
                    + " deshalb wurden Sie nicht dorthin zurückgeleitet."));

    /** The engine's own English defaults (used when a policy localizes nothing), by the key of our translation. */
    private static final Map<String, String> ENGINE_DEFAULTS = Map.of(
            EN.get("success_send_code_msg"), "success_send_code_msg",
            EN.get("required_field"), "required_field",
            EN.get("passwords_differ"), "passwords_differ",
            EN.get("verify_first"), "verify_first");

    private final String language;
    private final Map<String, String> texts;

    private PageTexts(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts for a BCP 47 tag; null or an unknown language: English. */
    public static PageTexts forLanguage(String tag) {
        String language = tag == null || tag.isBlank() ? "en" : Locale.forLanguageTag(tag).getLanguage();
        return "de".equals(language) ? new PageTexts("de", DE) : new PageTexts("en", EN);
    }

    /** The language these texts are in ({@code en} or {@code de}). */
    public String language() {
        return language;
    }

    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no built-in page text " + key);
        }
        return text;
    }

    /** A message the engine gave in its built-in English, in this language; any other message unchanged. */
    public String translate(String message) {
        String key = message == null ? null : ENGINE_DEFAULTS.get(message);
        return key == null ? message : get(key);
    }
}
