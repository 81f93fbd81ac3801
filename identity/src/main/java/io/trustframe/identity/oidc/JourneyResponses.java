package io.trustframe.identity.oidc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Page;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.identity.journeys.JourneyStep;
import io.trustframe.identity.pages.JourneyPageView;
import io.trustframe.identity.pages.PageTemplates;
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
    private final PageTemplates templates;
    private final ITemplateEngine templateEngine;

    public JourneyResponses(AuthorizationCodes codes, IdTokens idTokens, AuthorizationResponses responses,
                            PageTemplates templates, ITemplateEngine templateEngine) {
        this.codes = codes;
        this.idTokens = idTokens;
        this.responses = responses;
        this.templates = templates;
        this.templateEngine = templateEngine;
    }

    public ModelAndView respond(PolicyEndpoint endpoint, JourneyStep step, HttpServletRequest request,
                                HttpServletResponse response) {
        if (step instanceof JourneyStep.Paused paused) {
            if (ProviderSelectionPage.renders(paused.page())) {
                return ProviderSelectionPage.of(endpoint, paused);
            }
            return PhoneFactorPage.renders(paused.page()) ? PhoneFactorPage.of(endpoint, paused) : page(endpoint, paused, request);
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

    /**
     * The page of a paused journey: our template, or — when the content definition's LoadUri names a tenant template
     * (B2C's custom page content) — that template with our page content in its {@code <div id="api">}.
     */
    private ModelAndView page(PolicyEndpoint endpoint, JourneyStep.Paused paused, HttpServletRequest request) {
        Page page = paused.page();
        var profile = page.technicalProfileId() == null ? Optional.<TechnicalProfile>empty()
                : endpoint.policy().technicalProfiles().find(page.technicalProfileId());
        JourneyPageView view = JourneyPageView.of(page,
                profile.map(p -> p.metadataOrEmpty().get("SignUpTarget")).orElse(null));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("view", view);
        model.put("tx", paused.tx());
        model.put("csrf", paused.csrfToken());
        model.put("action", endpoint.path("/journey"));
        model.put("hasFieldErrors", page.fields().stream().anyMatch(f -> f.error() != null));
        String showSignup = profile.map(p -> p.metadataOrEmpty().get("setting.showSignupLink")).orElse(null);
        model.put("showChoices", !"false".equalsIgnoreCase(showSignup));
        model.put("forgotPassword", view.unified());
        PageTemplates.Template template;
        try {
            template = templates.load(page.loadUri());
        } catch (PageTemplates.TemplateException e) {
            return responses.errorPage(e.userMessage(), HttpStatus.INTERNAL_SERVER_ERROR, view.language());
        }
        if (template == null) {
            return new ModelAndView("identity/page", model);
        }
        String content = templateEngine.process("identity/page", Set.of("content"),
                new Context(Locale.forLanguageTag(view.language()), model));
        String head = "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/identity-assets/api.css\">";
        String html = template.render(head, content);
        return new ModelAndView((viewModel, viewRequest, viewResponse) -> {
            viewResponse.setContentType("text/html;charset=UTF-8");
            viewResponse.getWriter().write(html);
        });
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
