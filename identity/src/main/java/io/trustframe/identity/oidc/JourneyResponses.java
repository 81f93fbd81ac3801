package io.trustframe.identity.oidc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Page;
import io.trustframe.identity.journeys.JourneyStep;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns where a journey stands into the browser's answer: the page to fill in, the identity provider to visit, or —
 * once it ends — the authorization response (code and/or id_token, or the journey's AADB2C error) to the client.
 */
@Component
public class JourneyResponses {

    private final AuthorizationCodes codes;
    private final IdTokens idTokens;
    private final AuthorizationResponses responses;

    public JourneyResponses(AuthorizationCodes codes, IdTokens idTokens, AuthorizationResponses responses) {
        this.codes = codes;
        this.idTokens = idTokens;
        this.responses = responses;
    }

    public ModelAndView respond(PolicyEndpoint endpoint, JourneyStep step, HttpServletRequest request,
                                HttpServletResponse response) {
        if (step instanceof JourneyStep.Paused paused) {
            if (ProviderSelectionPage.renders(paused.page())) {
                return ProviderSelectionPage.of(endpoint, paused);
            }
            return PhoneFactorPage.renders(paused.page()) ? PhoneFactorPage.of(endpoint, paused) : page(endpoint, paused);
        }
        if (step instanceof JourneyStep.Away away) {
            RedirectView redirect = new RedirectView(away.url());
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        JourneyStep.Ended ended = (JourneyStep.Ended) step;
        AuthorizeContext context = AuthorizeContext.fromJson(ended.authorize());
        if (ended.outcome() instanceof Outcome.Fail fail) {
            return responses.journeyError(context.target(), fail.error().name(),
                    fail.userMessage() != null ? fail.userMessage() : fail.error().name());
        }
        Outcome.Complete complete = (Outcome.Complete) ended.outcome();
        if (complete.sso() != null && complete.sso().sessionId() != null) {
            response.addHeader("Set-Cookie", SsoCookie.of(endpoint.tenant(), complete.sso().sessionId(),
                    request.isSecure()).toString());
        }
        return complete(endpoint, context, complete);
    }

    private ModelAndView complete(PolicyEndpoint endpoint, AuthorizeContext context, Outcome.Complete complete) {
        String container = complete.issuer().keys().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(PolicyEndpoint.SIGNING_KEY_ID)).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> endpoint.signingKeyContainer().orElse(""));
        AuthorizationCodes.Grant grant = new AuthorizationCodes.Grant(endpoint.tenant().id(), endpoint.policy().policyId(),
                context.request().clientId(), context.request().redirectUri(), context.request().codeChallenge(),
                context.request().nonce(), context.request().scope(), complete.subject(), complete.claims(),
                complete.issuer().metadata(), container, context.startedAt().getEpochSecond());
        Map<String, String> parameters = new LinkedHashMap<>();
        if (context.responseType().issuesCode()) {
            parameters.put("code", codes.issue(grant));
        }
        if (context.responseType().issuesIdToken()) {
            parameters.put("id_token", idTokens.issue(endpoint.tenant(), endpoint.issuer(), grant).jwt());
        }
        return responses.success(context.target(), parameters);
    }

    private static ModelAndView page(PolicyEndpoint endpoint, JourneyStep.Paused paused) {
        Page page = paused.page();
        Map<String, String> strings = page.localizedStrings();
        ModelAndView view = new ModelAndView("identity/page");
        view.addObject("page", page);
        view.addObject("tx", paused.tx());
        view.addObject("csrf", paused.csrfToken());
        view.addObject("action", endpoint.path("/journey"));
        boolean unified = page.dataUri() != null && page.dataUri().toLowerCase(Locale.ROOT).contains("unifiedssp");
        view.addObject("language", strings.getOrDefault("Culture:LanguageName", "en"));
        view.addObject("heading", first(strings, unified ? "Sign in" : "Your details", "UxElement::heading",
                "UxElement::local_intro_generic", "UxElement::local_intro_email"));
        view.addObject("errorSummaryTitle", first(strings, "There is a problem", "UxElement::error_summary"));
        view.addObject("hasFieldErrors", page.fields().stream().anyMatch(f -> f.error() != null));
        view.addObject("continueLabel", first(strings, unified ? "Sign in" : "Continue", "UxElement::button_signin",
                "UxElement::button_continue"));
        view.addObject("cancelLabel", first(strings, "Cancel", "UxElement::button_cancel"));
        String profileId = page.technicalProfileId();
        String showSignup = profileId == null ? null : endpoint.policy().technicalProfiles().find(profileId)
                .map(p -> p.metadataOrEmpty().get("setting.showSignupLink")).orElse(null);
        view.addObject("showChoices", !"false".equalsIgnoreCase(showSignup));
        view.addObject("forgotPassword", unified);
        view.addObject("forgotPasswordLabel", first(strings, "Forgot your password?", "UxElement::forgotpassword_link"));
        return view;
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

    /** The SSO cookie of one tenant: HttpOnly, SameSite=Lax, Secure under https. */
    public static final class SsoCookie {
        private SsoCookie() {
        }

        public static String name(io.trustframe.identity.tenants.Tenant tenant) {
            return "x-ms-cpim-sso_" + tenant.id();
        }

        static ResponseCookie of(io.trustframe.identity.tenants.Tenant tenant, String sessionId, boolean secure) {
            return ResponseCookie.from(name(tenant), sessionId).httpOnly(true).sameSite("Lax").secure(secure).path("/")
                    .build();
        }

        static ResponseCookie cleared(io.trustframe.identity.tenants.Tenant tenant, boolean secure) {
            return ResponseCookie.from(name(tenant), "").httpOnly(true).sameSite("Lax").secure(secure).path("/")
                    .maxAge(0).build();
        }
    }
}
