package io.trustframe.verify.verification;

import java.util.Locale;
import java.util.Map;

/**
 * The SMS text of a verification, in the language its {@code Locale} asks for (en, de, fr, es, nl; others fall back
 * to English). Under PSD2 the text names the amount, the payee and the service, so that the payer sees what the code
 * approves (RTS Art. 5(1)(a): the payer is made aware of the amount and the payee).
 */
public final class VerificationMessages {

    private record Template(String code, String payment, String doNotShare) {
    }

    private static final Map<String, Template> TEMPLATES = Map.of(
            "en", new Template("Your {name} verification code is: {code}.",
                    " It approves a payment of {amount} to {payee}.",
                    " Don't share this code with anyone; our employees will never ask for it."),
            "de", new Template("Ihr {name} Bestätigungscode lautet: {code}.",
                    " Er gibt eine Zahlung von {amount} an {payee} frei.",
                    " Geben Sie diesen Code an niemanden weiter; unsere Mitarbeiter fragen nie danach."),
            "fr", new Template("Votre code de vérification {name} est : {code}.",
                    " Il autorise un paiement de {amount} à {payee}.",
                    " Ne communiquez ce code à personne ; nos employés ne vous le demanderont jamais."),
            "es", new Template("Tu código de verificación de {name} es: {code}.",
                    " Autoriza un pago de {amount} a {payee}.",
                    " No compartas este código con nadie; nuestros empleados nunca te lo pedirán."),
            "nl", new Template("Je {name} verificatiecode is: {code}.",
                    " Hiermee keur je een betaling van {amount} aan {payee} goed.",
                    " Deel deze code met niemand; onze medewerkers zullen er nooit om vragen."));

    private VerificationMessages() {
    }

    /**
     * @param name   the service's FriendlyName, or the verification's CustomFriendlyName
     * @param amount null outside PSD2
     * @param payee  null outside PSD2
     */
    public static String compose(String locale, String name, String code, String amount, String payee,
                                 boolean doNotShareWarning) {
        Template template = TEMPLATES.getOrDefault(language(locale), TEMPLATES.get("en"));
        StringBuilder text = new StringBuilder(template.code().replace("{name}", name).replace("{code}", code));
        if (amount != null && payee != null) {
            text.append(template.payment().replace("{amount}", amount).replace("{payee}", payee));
        }
        if (doNotShareWarning) {
            text.append(template.doNotShare());
        }
        return text.toString();
    }

    /** {@code de}, {@code de-AT} and {@code de_AT} all mean German. */
    static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return "en";
        }
        return locale.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
