package io.trustframe.identity.oidc;

import java.util.Locale;
import java.util.Map;

import org.springframework.web.servlet.ModelAndView;

import io.trustframe.engine.journey.Page;
import io.trustframe.identity.journeys.JourneyStep;

/**
 * B2C's phone-factor page (content definition {@code api.phonefactor}, DataUri
 * {@code urn:com:microsoft:aad:b2c:elements:contract:multifactor:…}): enrol a number (country and number) or see the
 * stored one masked, "Send code", then the code and "Verify code". Plain form posts
 * ({@code _action=control:phoneFactor:SendCode|VerifyCode}), usable without JavaScript.
 */
final class PhoneFactorPage {

    private static final String DATA_URI = "urn:com:microsoft:aad:b2c:elements:contract:multifactor:";

    private PhoneFactorPage() {
    }

    static boolean renders(Page page) {
        return page.dataUri() != null && page.dataUri().toLowerCase(Locale.ROOT).startsWith(DATA_URI);
    }

    static ModelAndView of(PolicyEndpoint endpoint, JourneyStep.Paused paused) {
        Page page = paused.page();
        Map<String, String> strings = page.localizedStrings();
        boolean enrol = page.field("countryCode").isPresent();
        ModelAndView view = new ModelAndView("identity/phone-factor");
        view.addObject("page", page);
        view.addObject("control", page.displayControls().isEmpty() ? null : page.displayControls().get(0));
        view.addObject("tx", paused.tx());
        view.addObject("csrf", paused.csrfToken());
        view.addObject("action", endpoint.path("/journey"));
        view.addObject("language", strings.getOrDefault("Culture:LanguageName", "en"));
        view.addObject("heading", enrol ? "Enter a phone number" : "Verify your phone number");
        view.addObject("intro", enrol
                ? "Enter a number below that we can send a code via SMS to authenticate you."
                : strings.getOrDefault("UxElement::intro_sms_p",
                "We have the following numbers on record for you. Choose a number that we can send a code via SMS "
                        + "to authenticate you."));
        view.addObject("cancelLabel", strings.getOrDefault("UxElement::button_cancel", "Cancel"));
        return view;
    }
}
