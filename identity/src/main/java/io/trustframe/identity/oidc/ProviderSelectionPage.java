package io.trustframe.identity.oidc;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.servlet.ModelAndView;

import io.trustframe.engine.journey.Page;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.identity.journeys.JourneyStep;

/**
 * B2C's identity-provider selection page (content definition {@code api.idpselections}, DataUri
 * {@code urn:com:microsoft:aad:b2c:elements:contract:providerselection:…}): a list of buttons, one per
 * ClaimsProviderSelection, each a plain form post ({@code _action=choose:<ClaimsExchangeId>}) that works without
 * JavaScript.
 */
final class ProviderSelectionPage {

    private static final String DATA_URI = "urn:com:microsoft:aad:b2c:elements:contract:providerselection:";

    private ProviderSelectionPage() {
    }

    static boolean renders(Page page) {
        return page.dataUri() != null && page.dataUri().toLowerCase(Locale.ROOT).startsWith(DATA_URI);
    }

    static ModelAndView of(PolicyEndpoint endpoint, JourneyStep.Paused paused) {
        Page page = paused.page();
        Map<String, String> strings = page.localizedStrings();
        // The heading: the localized "intro" string, else the content definition's language.intro metadata (the
        // starter packs' "Sign in" / "Sign up"), else B2C's default.
        String heading = Optional.ofNullable(strings.get("UxElement::intro")).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(page.contentDefinitionId())
                        .map(id -> endpoint.policy().contentDefinition(id))
                        .map(ContentDefinition::metadata)
                        .flatMap(metadata -> metadata.find("language.intro")))
                .orElse("Sign in with your social account");
        ModelAndView view = new ModelAndView("identity/provider-selection");
        view.addObject("page", page);
        view.addObject("tx", paused.tx());
        view.addObject("csrf", paused.csrfToken());
        view.addObject("action", endpoint.path("/journey"));
        view.addObject("language", strings.getOrDefault("Culture:LanguageName", "en"));
        view.addObject("heading", heading);
        view.addObject("cancelLabel", strings.getOrDefault("UxElement::button_cancel", "Cancel"));
        return view;
    }
}
