package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FormatLocalizedString and GetLocalizedStringsTransformation in a journey, with the strings of B2C's documented
 * examples: the page's content definition supplies them in the request's language.
 */
class LocalizedTransformationsJourneyTest {

    private RelyingPartyPolicy policy;
    private JourneyEngine engine;

    @BeforeEach
    void load() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/journeys/B2C_1A_LocalizedMessages.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_LocalizedMessages.xml", xml));
        assertThat(PolicyValidator.validate(policies).lines()).noneMatch(l -> l.contains("error"));
        policy = policies.relyingParty("B2C_1A_LocalizedMessages");
        engine = new JourneyEngine(new TestPorts().ports());
    }

    private Map<String, String> signUp(JourneyRequest request) {
        Browser browser = new Browser(engine, policy);
        browser.start(request);
        browser.form(Map.of("email", "sarah@contoso.com"));
        return browser.complete().claims();
    }

    @Test
    void formatLocalizedStringAndGetLocalizedStringsUseThePagesStringsInEnglish() {
        Map<String, String> claims = signUp(JourneyRequest.of("contoso.example", "app-1", "https://app.example/cb"));

        assertThat(claims).containsEntry("responseMsg", "The email 'sarah@contoso.com' is already an account in this"
                        + " organization. Click Next to sign in with that account.")
                .containsEntry("subject", "Contoso account email verification code")
                .containsEntry("message", "Thanks for validating the account")
                .containsEntry("codeIntro", "Your code is")
                .containsEntry("signature", "Sincerely");
    }

    @Test
    void theStringsFollowTheRequestsLanguage() {
        Map<String, String> claims = signUp(JourneyRequest.of("contoso.example", "app-1", "https://app.example/cb")
                .withAcceptLanguage("es-ES,es;q=0.9"));

        assertThat(claims).containsEntry("responseMsg", "Este correo electrónico 'sarah@contoso.com' ya es una cuenta de"
                        + " esta organización. Haga clic en Siguiente para iniciar sesión con esa cuenta.")
                .containsEntry("subject", "Código de verificación del correo electrónico de la cuenta de Contoso")
                .containsEntry("signature", "Sinceramente");
    }

    @Test
    void theLoadUriNamesTheTemplateOfTheRequestsLanguage() {
        Browser browser = new Browser(engine, policy);
        browser.start(JourneyRequest.of("contoso.example", "app-1", "https://app.example/cb").withAcceptLanguage("es"));

        assertThat(browser.page().loadUri()).isEqualTo("https://contoso.blob.core.windows.net/es/myHTML/selfAsserted.html");
    }
}
